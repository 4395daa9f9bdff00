"""A Chinese news item's closing expert advice stays out of its overview (`engines/zh_overview_advice.py`)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.scored import Scored
from citebrief.engines.zh_overview_advice import _OPENERS, _closing_aside
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from conftest import shared_article


def _brief(text: str) -> Brief:
    return draft_extractive(document_from_text(text, origin="x", kind="text"))


def test_openers_are_advice() -> None:
    assert "专家建议，今后应加强排涝设施建设。".startswith(_OPENERS)
    assert not "下一步，该县将全力开展灾后恢复工作。".startswith(_OPENERS)  # a plan may be the news
    assert not "据悉，该活动由市体育局主办。".startswith(_OPENERS)  # organiser lines go up elsewhere


def test_flood_survey_overview_keeps_to_its_lead() -> None:
    # zh-news 13 (a survey of the black-soil farmland after the Lalin river flood): the overview
    # held, after its three lead points, the article's closing "专家建议，未来高标准农田建设应有所侧重，……"
    # [5], which a reader marked misplaced; it now goes with the survey's findings in a theme group
    brief = _brief(shared_article("zh-news.jsonl", 13))
    overview = [point.text for point in brief.groups[0].points]
    assert len(overview) >= 2
    assert not any(text.startswith("专家建议") for text in overview)
    later = [point.text for group in brief.groups[1:] for point in group.points]
    assert any(text.startswith("专家建议") for text in later)


def _scored(paragraphs: list[list[str]]) -> Scored:
    """A stand-in for `Scored` with what `_closing_aside` reads: units' paragraphs and texts."""
    units = [SimpleNamespace(paragraph=p, text=t) for p, texts in enumerate(paragraphs, 1) for t in texts]
    return cast(Scored, SimpleNamespace(units=units, trimmed=[u.text for u in units]))


def test_closing_advice_unless_the_lead_speaks_of_advice() -> None:
    body = ["洪水冲毁了部分农田。", "山洪损毁的农田占比不大。"]
    close = ["专家建议，今后应加强排涝设施建设。"]
    scored = _scored([["某地发生洪灾，农田受损。"], body, close])
    assert _closing_aside(scored, 3)
    assert not _closing_aside(scored, 1)  # not in the last paragraph
    # an item about the advice keeps it: its lead says so
    assert not _closing_aside(_scored([["农业专家就洪灾后黑土地保护提出建议。"], body, close]), 3)
    # a one-paragraph item has no close apart from its lead
    assert not _closing_aside(_scored([["某地发生洪灾。", *close]]), 1)
