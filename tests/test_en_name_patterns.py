"""Per-name patterns of the English title steps: bounded caches, and no pattern compiled for a
text that lacks the name (the literal checks must never drop a match the pattern would find)."""

from __future__ import annotations

from citebrief.text import en_overview_deed, en_overview_event, en_title_held


def test_name_pattern_caches_are_bounded() -> None:
    # a long-running server briefs many documents: a cache per name must not grow without end
    for cached in (en_overview_event._pattern, en_title_held._patterns):
        assert cached.cache_info().maxsize is not None


def test_possessive_check_agrees_with_the_pattern() -> None:
    cases = [
        ("Douglas Bader", "Douglas Bader's story was told."),
        ("Douglas Bader", "Douglas\nBader’s fight began."),
        ("Bader", "The story of Bader was told."),
        ("Bader", "Baders story"),
    ]
    for name, paragraph in cases:
        found = en_overview_event._pattern(name).search(paragraph) is not None
        assert not found or en_overview_event._may_own(name, paragraph)
    assert not en_overview_event._may_own("Bader", "The story of Bader was told.")


def test_name_check_agrees_with_the_pattern() -> None:
    cases = [("Dzhokhar Tsarnaev", "jurors found Dzhokhar\tTsarnaev guilty"), ("Tsarnaev", "no name here")]
    for name, text in cases:
        found = en_overview_deed._name_pattern(name).search(text) is not None
        assert found == en_overview_deed._may_name(name, text)
