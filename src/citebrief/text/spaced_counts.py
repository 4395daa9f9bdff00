"""Counts of one English word in text spaced as title steps count it, read off a table.

`title_choice.py` counts a phrase in a scope of English paragraphs, each written as its
lower-case words between single spaces (" the new tax "), joined by newlines, as
`scope.count(" w1 w2 ")`: whole words, no regular expression. A title asks ~150 such counts of
the whole article and of its group's paragraphs, most of one word, and each scans the scope.
A word's count is the number of its places unless the word stands twice in a row (" w w ":
`str.count` finds one, the two matches sharing a space), so a table of the scope's words gives
each such count at once, the same number, and a word that is ever doubled is counted as before.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import compress, islice
from operator import eq


@lru_cache(maxsize=8)  # a brief's article and the group it titles now
def _words_of(scope: str) -> tuple[Counter[str], frozenset[str]]:
    """The scope's words with their numbers, and the words that follow themselves somewhere
    (across a paragraph's end too: such a word is merely counted the slow way)."""
    words = scope.split()
    return Counter(words), frozenset(compress(words, map(eq, words, islice(words, 1, None))))


def spaced_count(scope: str, needle: str) -> int:
    """`scope.count(needle)`, where `scope` is spaced paragraphs joined by newlines and `needle`
    a phrase spaced the same way (" w1 w2 "): a needle of one word from the table."""
    word = needle[1:-1]
    if word and needle[0] == " " and needle[-1] == " " and " " not in word:
        counts, doubled = _words_of(scope)
        if word not in doubled:
            return counts[word]
    return scope.count(needle)


def spaced_counts(scope: str, needles: list[str]) -> list[int]:
    """`spaced_count` of each needle, the scope's table read once: a title asks the counts of
    all its words and phrases at once (`title_counts.Counts.count_all`)."""
    counts, doubled = _words_of(scope)
    found = []
    for needle in needles:
        word = needle[1:-1]
        if word and needle[0] == " " and needle[-1] == " " and " " not in word and word not in doubled:
            found.append(counts[word])
        else:
            found.append(scope.count(needle))
    return found
