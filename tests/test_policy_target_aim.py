"""A policy overview made only of its general requirements' targets says first the aim they
state after the guiding-thought formula (`citebrief.engines.policy_target_aim`)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from conftest import shared_article


def _brief(index: int) -> Brief:
    """The brief of a zh-policy record's text as pasted (the blind readers' form)."""
    document = document_from_text(shared_article("zh-policy.jsonl", index), origin=f"p-{index}", kind="text")
    return draft_extractive(document)


def _overview(brief: Brief) -> list[str]:
    return [p.text for p in brief.groups[0].points]


def test_an_overview_of_targets_says_what_the_document_is_to_do() -> None:
    """Record 37 (体育竞赛表演产业): the overview was the 2025 targets' two sentences; now the aim
    ("积极推进……专业化、品牌化、融合化发展") before them, and the 基本原则 group keeps its three
    principles (the later target sent down there took 融合发展's place)."""
    brief = _brief(37)
    overview = _overview(brief)
    assert len(overview) == 3
    assert overview[0].startswith("积极推进体育竞赛表演产业专业化")
    assert overview[1].startswith("到2025年")
    assert "推出100项" in overview[2]
    assert not any("为指导" in text for text in overview)  # the formula stays out
    principles = next(g for g in brief.groups if "基本原则" in g.title)
    assert any("体育+" in p.text for p in principles.points)


def test_targets_that_open_on_what_they_serve_keep_their_place() -> None:
    """Record 18 (三级公立医院绩效考核): the targets' paragraph opens on what they serve
    ("通过绩效考核，推动……"); the aim would only say it again."""
    overview = _overview(_brief(18))
    assert overview[0].startswith("通过绩效考核")
    assert not any(text.startswith("实施健康中国战略") for text in overview)


def test_a_preamble_point_is_no_target() -> None:
    """Records 5 and 25: an overview with a preamble point (the documents that require the three
    systems; what a 无废城市 is) is left as it was."""
    assert any("以下统称" in text for text in _overview(_brief(5)))
    assert not any(text.startswith("坚持绿色低碳循环发展") for text in _overview(_brief(25)))
