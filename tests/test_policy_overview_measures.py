"""A policy overview's section measure goes down to its section's group, and the overview takes a
point the document states for the whole of it (`citebrief.engines.policy_overview_measures`)."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.policy_overview_measures import in_section, whole_point
from citebrief.engines.policy_task_items import brief_budget
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from conftest import shared_article


def _brief(index: int) -> Brief:
    """The brief of a zh-policy record's text as pasted (the blind readers' form)."""
    document = document_from_text(shared_article("zh-policy.jsonl", index), origin=f"p-{index}", kind="text")
    return draft_extractive(document)


def _group(brief: Brief, title: str) -> list[str]:
    return next([p.text for p in g.points] for g in brief.groups if title in g.title)


def test_a_chapters_figure_is_said_in_its_chapters_group() -> None:
    """govcn_5351181 (record 33): 子女教育's "每月1000元" was the overview's third point while the
    子女教育 group lacked it; now that group says it and the overview takes the general chapter's
    principle, three points still."""
    brief = _brief(33)
    overview = [p.text for p in brief.groups[0].points]
    assert len(overview) == 3
    assert not any("每个子女每月1000元" in text for text in overview)
    assert any("遵循公平合理" in text for text in overview)
    assert any("每个子女每月1000元" in text for text in _group(brief, "子女教育"))


def test_a_brief_at_its_budget_keeps_its_overview() -> None:
    """govcn_5352010 (record 22): its overview's "五年内免征企业所得税" is the 财政税收 section's,
    and the period its policies run could stand in, but the brief holds its budget already (51
    numbered measures: `brief_budget`): the overview keeps its points rather than the brief grow past it."""
    brief = _brief(22)
    assert any("五年内免征企业所得税" in p.text for p in brief.groups[0].points)
    texts = [
        s.text for s in document_from_text(shared_article("zh-policy.jsonl", 22), origin="p", kind="text").segments
    ]
    assert sum(len(g.points) for g in brief.groups) <= brief_budget(texts)


def test_a_groups_deadline_for_the_whole_document_rises_in_its_place() -> None:
    """govcn_5345808 (record 7): no sentence is left to the overview besides its first; the
    2019 返还标准 goes down to 企业稳定发展 beside the 50% it extends, and the provinces' deadline
    for their own measures ("本意见印发之日起30日内") rises from 各方责任 (the heading 落实各方责任 cut
    to what its verb acts on, s92h), which keeps four."""
    brief = _brief(7)
    overview = [p.text for p in brief.groups[0].points]
    assert len(overview) == 2
    assert any("本意见印发之日起30日内" in text for text in overview)
    assert any("返还标准可按6个月" in text for text in _group(brief, "企业稳定发展"))
    assert len(_group(brief, "各方责任")) == 4


def test_a_measure_goes_down_where_the_aim_stands_in() -> None:
    """govcn_5360002 (record 3): the overview's reporting duty is 组织实施's; the 总体要求's aim after
    its guiding-thought formula (`text/zh_guiding_formula`) stands in as the whole document's point,
    and the duty is said in its own group (a blind reader preferred it there)."""
    groups = _brief(3).groups
    overview = [p.text for p in groups[0].points]
    assert len(overview) == 2
    assert overview[1].startswith("依法落实城镇公共服务设施建设规定")  # its formula opening dropped too
    assert not any("及时报送治理工作联合办公室" in text for text in overview)
    carry_out = next(g for g in groups if g.title.startswith("组织实施"))
    assert any("及时报送治理工作联合办公室" in p.text for p in carry_out.points)


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        ("本办法自2019年1月1日起施行。", True),
        ("上述政策适用于所有文化企业，执行期限为2019年1月1日至2023年12月31日。", True),
        ("到2020年，基本建立较为完善的绩效考核体系，实现工作目标。", True),
        ("纳税人的子女接受全日制学历教育的相关支出，按照每个子女每月1000元的标准定额扣除。", False),
        ("经营性文化事业单位转制为企业后，五年内免征企业所得税。", False),
    ],
)
def test_a_point_for_the_whole_document_is_told_from_a_sections_measure(sentence: str, whole: bool) -> None:
    """A goal, period, start or scope is the overview's wherever it stands, and stands in first."""
    assert whole_point(sentence) is whole


def test_a_preamble_sentence_of_the_first_theme_is_in_no_section() -> None:
    """The first theme reaches back over the preamble ([3] before "一、支持企业稳定发展" at [4]):
    a preamble sentence is the overview's, never a section's measure; a theme of clustered
    paragraphs has no headings, so no section."""
    headings = [(3, "企业稳定发展")]
    assert not in_section(2, headings)
    assert in_section(4, headings)
    assert not in_section(4, [])
