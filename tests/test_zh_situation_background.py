"""A policy's statement of how things stand ("当前，我国就业局势保持总体稳定……", "2003年，全国安全
生产形势总体稳定……") is context before its measures, not what an analyst reads it for: it weighs
as background (`lines.tsv`, background `situation-zh`), so the overview states a measure or the
facts the notice is about instead."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.patterns import is_background
from conftest import shared_article


def test_how_things_stand_is_background() -> None:
    assert is_background("当前，我国就业局势保持总体稳定，但经济运行稳中有变，经济下行压力有所加大。")
    assert is_background("2003年，全国安全生产形势总体稳定，生产安全事故总起数和死亡总人数比上年都有所下降。")


def test_a_measure_or_a_figure_of_the_year_is_not() -> None:
    assert not is_background("当前，要加大稳岗支持力度，对不裁员或少裁员的参保企业返还失业保险费。")
    assert not is_background("2019年，全国安全生产专项整治在所有煤矿开展。")
    assert not is_background("目前，煤炭销售市场好转，价格持续上升。")


def _overview(index: int) -> list[str]:
    document = document_from_text(shared_article("zh-policy.jsonl", index), origin=f"policy-{index}", kind="text")
    return [p.text for p in draft_extractive(document).groups[0].points]


def test_the_employment_opinions_overview_states_what_is_to_be_done() -> None:
    """govcn_5345808 (record 7): not "当前，我国就业局势保持总体稳定……" but what the opinions ask — the
    provinces' rules within 30 days; the refunds they grant stand together under their section
    (`policy_overview_measures`; read 35a preferred this to the refund in the overview)."""
    overview = _overview(7)
    assert not any("局势保持总体稳定" in p for p in overview)
    assert any("30日内" in p for p in overview)
    document = document_from_text(shared_article("zh-policy.jsonl", 7), origin="policy-7", kind="text")
    sections = draft_extractive(document).groups[1:]
    assert any(sum("返还" in p.text for p in group.points) == 2 for group in sections)


def test_the_accident_notices_overview_states_the_accidents() -> None:
    """govcn_5345808 (record 36): the four explosions and their dead, not the year's safety record."""
    overview = _overview(36)
    assert not any("形势总体稳定" in p for p in overview)
    assert any("43人死亡" in p for p in overview)
