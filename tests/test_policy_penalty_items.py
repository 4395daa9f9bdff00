"""A policy group's penalty bullet without an amount or a ladder of sanctions gives way to an item
of an uncited penalty list whose lead-in states the fine (`citebrief.engines.policy_penalty_items`)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.policy_penalty_items import graded_penalty
from citebrief.ingest import document_from_text
from conftest import shared_article


def test_a_graded_penalty_has_an_amount_or_a_ladder() -> None:
    assert graded_penalty("由主管部门责令限期改正，予以警告，可以处10万元以下的罚款；")
    assert graded_penalty("责令停止违法行为，没收违法所得，并处违法所得1倍以上5倍以下的罚款。")
    assert graded_penalty("由主管部门责令限期整改；逾期未改正的，撤销执业许可证。")
    assert graded_penalty("情节严重的，直至吊销执业许可证。")
    assert not graded_penalty("由主管部门吊销资格证。")  # a sanction, no grade
    assert not graded_penalty("工作人员滥用职权的，依法给予处分；构成犯罪的，依法追究刑事责任。")
    assert not graded_penalty("补助标准为每人每月500元。")  # an amount, no penalty


def test_the_fines_of_a_regulation_replace_its_narrow_and_generic_penalty_clauses() -> None:
    """govcn_5341736 (record 10, 专利代理条例): 法律责任 said the 泄露 clause [65] and the officials'
    处分 [67] and left out 第二十五条's 10万元 and 第二十六条's 5万元 fines [52][59]."""
    document = document_from_text(shared_article("zh-policy.jsonl", 10), origin="p", kind="text")
    group = next(g for g in draft_extractive(document).groups if g.title == "法律责任")
    said = [p.text for p in group.points]
    assert any("可以处10万元以下的罚款" in t for t in said), said
    assert any("可以处5万元以下的罚款" in t for t in said), said
    assert not any(t.startswith("专利代理师在执业过程中泄露") for t in said), said
    assert not any("徇私舞弊" in t for t in said), said
    assert any("1倍以上5倍以下" in t for t in said), said  # a fine said already stays
    cited = {c for p in group.points for c in p.citations}
    assert {52, 59} <= cited, cited
