"""A policy's sentence that only says what it was made for ("为……，制定本条例。") is context, not
a measure (lines.tsv background "enacted-for-zh")."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.patterns import is_background
from conftest import shared_article


def test_what_a_document_was_made_for_is_background() -> None:
    assert is_background("为指导地方开展“无废城市”建设试点工作，制定本方案。")
    assert is_background("为贯彻落实有关部署，推进政府网站互联互通融合发展，现就开展试点工作，制定以下方案。")
    # its ground before it ("根据……部署，"): the same purpose line
    assert is_background("根据党中央、国务院部署，为深化医药卫生体制改革，开展药品集中采购试点，制定本方案。")
    assert not is_background("根据有关规定，国务院决定暂时调整实施有关行政法规。")  # a decision
    assert not is_background("为支持试点，国务院决定暂时调整实施有关规定，由海南省人民政府实施审批。")
    assert not is_background("各地区要于2019年3月底前制定本地区、本部门的实施方案，并报司法部备案。")


def test_a_plan_group_says_its_target_not_what_the_plan_was_made_for() -> None:
    """govcn_5365341 (record 26): "具体指标" quoted "为贯彻全国教育大会精神，……制定本实施方案。"."""
    document = document_from_text(shared_article("zh-policy.jsonl", 26), origin="p", kind="text")
    said = [p.text for g in draft_extractive(document).groups for p in g.points]
    assert not any(t.endswith("制定本实施方案。") for t in said), said
    assert any(t.startswith("经过5—10年左右时间") for t in said), said


def test_a_purpose_line_after_its_ground_is_no_bullet() -> None:
    """govcn_5358604 (record 28): "根据党中央、国务院部署，为深化医药卫生体制改革，……制定本方案。" was the
    overview's first bullet (the enacted-for row wanted "为" first). The overview's goals, quoted in
    three of their four "；" pieces, count as one sentence: it says them whole (降低企业交易成本 too)
    and takes the general requirements' approach as its second point."""
    document = document_from_text(shared_article("zh-policy.jsonl", 28), origin="p", kind="text")
    brief = draft_extractive(document)
    said = [p.text for g in brief.groups for p in g.points]
    assert not any(t.endswith("制定本方案。") for t in said), said
    overview = [p.text for p in brief.groups[0].points]
    assert any("降低企业交易成本" in t and t.startswith("选择北京") for t in overview), overview
    assert any(t.startswith("按照国家组织、联盟采购、平台操作的总体思路") for t in overview), overview
