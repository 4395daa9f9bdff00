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

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.named_patterns import named_pattern

WORDISH = LazyPattern(r"[\w'’-]")  # a character that goes on a word: the boundary test


def word_before(text: str, at: int) -> bool:
    """Whether the character before `at` goes on a word (so `at` is no word's start)."""
    return at > 0 and WORDISH.match(text, at - 1) is not None


def word_after(text: str, at: int) -> bool:
    """Whether the character at `at` goes on a word (so `at` is no word's end)."""
    return WORDISH.match(text, at) is not None


def _case_blind(phrase: str) -> re.Pattern[str]:
    """The phrase as a plain case-blind pattern (cheap to compile: no character class; kept by
    `named_patterns`, as re's own cache is overrun)."""
    return named_pattern(re.escape(phrase), re.IGNORECASE)


# the letters outside ASCII that re.IGNORECASE takes for an ASCII letter ("ſ" for "s", the Kelvin
# sign for "k", dotted and dotless i for "i"): a text without them is searched in lower case
_ODD_CASES = frozenset("İıſ\u212a")


def _plain_case(phrase: str, text: str) -> bool:
    """Whether `text.lower()` finds `phrase.lower()` where re.IGNORECASE finds `phrase`, at the same
    offsets (an ASCII phrase, no odd letter in the text: the one that lower-cases to two, "İ", among them)."""
    return phrase.isascii() and _ODD_CASES.isdisjoint(text)


def places(phrase: str, text: str, ignore_case: bool = False) -> Iterator[tuple[int, int]]:
    """(start, end) of each place `text` writes `phrase` between word boundaries, as
    ``re.finditer(r"(?<![\\w'’-])" + re.escape(phrase) + r"(?![\\w'’-])", text)`` finds them
    (with `ignore_case`, as re.IGNORECASE does)."""
    if not phrase:  # written at every boundary: the pattern itself says where
        bounded = r"(?<![\w'’-])(?![\w'’-])"
        yield from (m.span() for m in re.finditer(bounded, text, re.IGNORECASE if ignore_case else 0))
        return
    blind = _case_blind(phrase) if ignore_case and not _plain_case(phrase, text) else None
    haystack, needle = (text.lower(), phrase.lower()) if ignore_case and blind is None else (text, phrase)
    at = 0
    while True:
        if blind is None:
            start = haystack.find(needle, at)
            if start < 0:
                return
            end = start + len(needle)
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


_ARTICLE_AT = LazyPattern(r"(?:[Aa]n?|[Tt]he)\s", re.IGNORECASE)
_WORD_AT = LazyPattern(r"[\w'’-]+\s")
MOST_WORDS_BETWEEN = 3  # words between the article and the phrase, at most


def after_article(phrase: str, text: str) -> Iterator[tuple[int, int, int]]:
    r"""(start, the phrase's start, its end) of each place `text` writes `phrase` (in any case)
    after an article and up to three words ("a 45-year-old longboarder"), as
    ``re.finditer(r"(?<![\w'’-])(?:[Aa]n?|[Tt]he)\s(?:[\w'’-]+\s){0,3}?(" + re.escape(phrase) +
    r")(?![\w'’-])", text, re.IGNORECASE)`` finds them: the fewest words first, a place not
    overlapping the one before."""
    plain = _plain_case(phrase, text)
    lowered, needle = text.lower(), phrase.lower()
    blind = None if plain else _case_blind(phrase)
    done = 0  # where the last place ends
    for article in _ARTICLE_AT.finditer(text):  # articles cannot overlap: each place's start is one
        start = article.start()
        if start < done or word_before(text, start):
            continue
        at = article.end()
        for words in range(MOST_WORDS_BETWEEN + 1):
            said = lowered.startswith(needle, at) if plain else blind is not None and blind.match(text, at)
            end = at + len(phrase)
            if said and not word_after(text, end):
                yield start, at, end
                done = end
                break
            word = _WORD_AT.match(text, at) if words < MOST_WORDS_BETWEEN else None
            if word is None:
                break
            at = word.end()
