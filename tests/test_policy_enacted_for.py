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
    assert not is_background("为支持试点，国务院决定暂时调整实施有关规定，由海南省人民政府实施审批。")
    assert not is_background("各地区要于2019年3月底前制定本地区、本部门的实施方案，并报司法部备案。")


def test_a_plan_group_says_its_target_not_what_the_plan_was_made_for() -> None:
    """govcn_5365341 (record 26): "具体指标" quoted "为贯彻全国教育大会精神，……制定本实施方案。"."""
    document = document_from_text(shared_article("zh-policy.jsonl", 26), origin="p", kind="text")
    said = [p.text for g in draft_extractive(document).groups for p in g.points]
    assert not any(t.endswith("制定本实施方案。") for t in said), said
    assert any(t.startswith("经过5—10年左右时间") for t in said), said
