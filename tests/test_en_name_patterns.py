"""Per-name look-ups of the English title steps: bounded caches, and no literal pre-check that drops
a match the per-name pattern would find (the name finders themselves: tests/test_name_spans.py)."""

from __future__ import annotations

import re

from citebrief.text import en_overview_event, en_title_held


def test_name_pattern_caches_are_bounded() -> None:
    # a long-running server briefs many documents: a cache per noun must not grow without end
    for cached in (en_title_held._before, en_title_held._after):
        assert cached.cache_info().maxsize is not None


def _possessive(name: str) -> re.Pattern[str]:
    """The per-name pattern `en_overview_event` compiled before `name_then`: the name, then 's."""
    return re.compile(r"(?<![\w'’-])" + r"\s".join(map(re.escape, name.split())) + r"['’]s\s")


def test_possessive_check_agrees_with_the_pattern() -> None:
    cases = [
        ("Douglas Bader", "Douglas Bader's story was told."),
        ("Douglas Bader", "Douglas\nBader’s fight began."),
        ("Bader", "The story of Bader was told."),
        ("Bader", "Baders story"),
    ]
    for name, paragraph in cases:
        found = _possessive(name).search(paragraph) is not None
        assert not found or en_overview_event._may_own(name, paragraph)
    assert en_overview_event._may_own("Douglas Bader", "Douglas\nBader’s fight began.")
    assert not en_overview_event._may_own("Bader", "The story of Bader was told.")
