"""A policy overview's section measure goes down to its section's group, and the overview takes a
point the document states for the whole of it (`citebrief.engines.policy_overview_measures`)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.policy_task_items import BRIEF_BULLETS
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
    and the period its policies run could stand in, but the brief holds BRIEF_BULLETS bullets
    already: the overview keeps its points rather than the brief grow past its budget."""
    brief = _brief(22)
    assert any("五年内免征企业所得税" in p.text for p in brief.groups[0].points)
    assert sum(len(g.points) for g in brief.groups) <= BRIEF_BULLETS


def test_a_measure_stays_where_nothing_else_can_stand_in() -> None:
    """govcn_5345808 (record 7): the preamble has one point and no general section; the overview
    keeps its second point rather than say one."""
    assert len(_brief(7).groups[0].points) == 2
