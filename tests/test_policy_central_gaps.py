"""A policy's most central paragraph that no bullet cites, in a section whose group has room: its
best sentence that states a measure joins that group (engines/policy_central_gaps.py). On zh-policy
34, the 科研自主权 notice, the part-time work and pay paragraph ("明确科研人员兼职的操作办法") was
left while the section's group quoted its neighbours [15]–[17]; on zh-policy 33, the rule that a
couple takes the mortgage-interest or the rent deduction, not both [43]."""

from __future__ import annotations

from citebrief.engines.policy_central_gaps import MAX_GROUP, waives
from citebrief.ingest import document_from_text
from citebrief.model import Brief, Document, VerdictLabel
from citebrief.pipeline import draft
from citebrief.verify import SourceIndex, check_point
from conftest import shared_article


def _brief(index: int) -> tuple[Document, Brief]:
    document = document_from_text(shared_article("zh-policy.jsonl", index), origin="x", kind="text")
    return document, draft(document)


def test_the_part_time_pay_paragraph_joins_its_sections_group() -> None:
    document, brief = _brief(34)
    group = next(g for g in brief.groups if any(p.citations == [15] for p in g.points))
    cited = [p for p in group.points if 14 in p.citations]
    assert len(cited) == 1  # before: no bullet cited [14]
    assert "兼职兼薪" in cited[0].text
    assert not cited[0].text.startswith("各单位要认真执行《")  # not the clause that only names documents
    assert group.points.index(cited[0]) == 0  # in source order, before [15]
    assert len(group.points) <= MAX_GROUP
    assert check_point(cited[0], SourceIndex(document)).label is VerdictLabel.supported
    assert all(14 not in p.citations for p in brief.groups[0].points)  # not the overview


def test_the_either_deduction_rule_joins_the_rent_group_once() -> None:
    _, brief = _brief(33)
    rule = "纳税人及其配偶在一个纳税年度内不能同时分别享受住房贷款利息和住房租金专项附加扣除。"
    homes = [g for g in brief.groups if any(p.text == rule for p in g.points)]
    assert len(homes) == 1
    assert any(42 in p.citations for p in homes[0].points)  # the rent section's group
    assert sum(43 in p.citations for p in brief.points()) == 1


def test_what_was_done_not_the_liability_waived_joins_the_accountability_group() -> None:
    # zh-policy 36: paragraph [8] opens "两名直接责任人在事故中死亡，不再追究责任" (a measure not taken);
    # its next sentence sends three others to the prosecutors, the bullet blind readers missed
    document, brief = _brief(36)
    cited = [p for p in brief.points() if 8 in p.citations]
    assert len(cited) == 1
    assert "被移交司法机关依法追究刑事责任" in cited[0].text
    # "其他3名……" says whose others with the clause before it, which names the accident (zh_clause_lean)
    assert cited[0].text.startswith("山西左权县河南村煤矿“8·18”事故"), cited[0].text
    group = next(g for g in brief.groups if cited[0] in g.points)
    assert any(7 in p.citations for p in group.points)  # the accountability group, beside [7]
    assert len(group.points) <= MAX_GROUP
    assert check_point(cited[0], SourceIndex(document)).label is VerdictLabel.supported


def test_a_waived_liability_reads_as_no_measure_done_but_a_tax_exemption_does_not() -> None:
    assert waives("两名直接责任人在事故中死亡，不再追究责任。")
    assert waives("情节轻微的，免予处罚。")
    assert not waives("对符合条件的企业免予征收增值税。")
    assert not waives("其他3名直接责任人被移交司法机关依法追究刑事责任。")
