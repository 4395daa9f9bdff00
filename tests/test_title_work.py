"""The title steps' shortcuts (engines/overview_titles.py) give the titles the longer way gave:
work skipped is work whose answer was known."""

from __future__ import annotations

import pytest

from citebrief.engines import overview_titles
from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from conftest import shared_article

_DATELINED = "中新网长春8月12日电 (记者 郭佳)记者12日从吉林省气象台获悉，预计12日至14日吉林省将有一次明显降雨过程。"
_BULLET = "记者12日从吉林省气象台获悉，预计12日至14日吉林省将有一次明显降雨过程。"
_OTHER = "吉林省大部分地区土壤饱和程度高，建议各地关注农田渍涝。"


def test_a_datelined_first_sentence_is_read_as_its_bullet() -> None:
    lead = [_DATELINED, _BULLET, _OTHER]
    assert overview_titles._lead_once(lead, [_BULLET, _OTHER]) == [_BULLET, _OTHER]


def test_a_first_sentence_no_bullet_quotes_stays() -> None:
    lead = [_DATELINED, _OTHER]
    assert overview_titles._lead_once(lead, [_OTHER]) == lead  # its dateline cut, it is still no bullet
    plain = [_BULLET, _OTHER]
    assert overview_titles._lead_once(plain, [_BULLET, _OTHER]) == plain  # no dateline: nothing to cut
    assert overview_titles._lead_once([], []) == []


def _overview_titles(indexes: range) -> list[str]:
    titles = []
    for index in indexes:
        document = document_from_text(shared_article("zh-news.jsonl", index), origin=f"zh-news-{index}", kind="text")
        titles.append(draft_extractive(document).groups[0].title)
    return titles


def test_the_overview_titles_are_those_of_the_whole_lead(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read once, the datelined first sentence changes no overview title of 30 news items
    (most of them open on a dateline, their first bullet the sentence without it)."""
    quick = _overview_titles(range(30))
    monkeypatch.setattr(overview_titles, "_lead_once", lambda lead, _bullets: lead)
    assert _overview_titles(range(30)) == quick
