"""Where an English phrase is written between word boundaries, found without compiling a pattern
for the phrase: a pattern such as ``(?<![\\w'’-])PHRASE(?![\\w'’-])`` costs a quarter of a
millisecond or more to compile (the curly apostrophe in its character class makes the compiler
build a table over the whole Basic Multilingual Plane), and the title steps built one for every
title and subject they read, which was several per cent of an English brief's time.

Reads any text; the answers are the same as those patterns' ``finditer`` (leftmost first, not
overlapping, a place that fails a boundary tried again one character on).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

WORDISH = re.compile(r"[\w'’-]")  # a character that goes on a word: the boundary test


def word_before(text: str, at: int) -> bool:
    """Whether the character before `at` goes on a word (so `at` is no word's start)."""
    return at > 0 and WORDISH.match(text, at - 1) is not None


def word_after(text: str, at: int) -> bool:
    """Whether the character at `at` goes on a word (so `at` is no word's end)."""
    return WORDISH.match(text, at) is not None


def _case_blind(phrase: str) -> re.Pattern[str]:
    """The phrase as a plain case-blind pattern (cheap to compile: no character class; re's
    own cache keeps it)."""
    return re.compile(re.escape(phrase), re.IGNORECASE)


def places(phrase: str, text: str, ignore_case: bool = False) -> Iterator[tuple[int, int]]:
    """(start, end) of each place `text` writes `phrase` between word boundaries, as
    ``re.finditer(r"(?<![\\w'’-])" + re.escape(phrase) + r"(?![\\w'’-])", text)`` finds them
    (with `ignore_case`, as re.IGNORECASE does)."""
    if not phrase:  # written at every boundary: the pattern itself says where
        bounded = r"(?<![\w'’-])(?![\w'’-])"
        yield from (m.span() for m in re.finditer(bounded, text, re.IGNORECASE if ignore_case else 0))
        return
    blind = _case_blind(phrase) if ignore_case else None
    at = 0
    while True:
        if blind is None:
            start = text.find(phrase, at)
            if start < 0:
                return
            end = start + len(phrase)
        else:
            found = blind.search(text, at)
            if found is None:
                return
            start, end = found.span()
        if word_before(text, start) or word_after(text, end):
            at = start + 1
            continue
        yield start, end
        at = end
