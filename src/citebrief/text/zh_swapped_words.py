"""Whether one Chinese sentence repeats another only with some of its words swapped.

A bullet cites every paragraph that repeats its sentence nearly word for word. A document
listing parallel measures says the same sentence of each city or party with the name changed
("支持郑州机场利用第五航权……" then "支持西安机场利用第五航权……"; "专利代理机构在执业过程中泄露……"
then "专利代理师在执业过程中泄露……"): similar enough to pass for a repeat, yet the other
paragraph is about someone else, and readers marked the citation down ("[35] is about
Zhengzhou"). A true repeat adds or drops words (a clause, "记者了解到"), or differs in
punctuation; it does not put other words where the sentence's own stand.
"""

from __future__ import annotations

from collections.abc import Iterable

from citebrief.text.lazy_re import LazyPattern

# a letter, digit or Chinese character: what a swapped word holds (punctuation and spaces do not count)
_WORDY = LazyPattern(r"[^\W_]")


def swaps_words(a: str, b: str, opcodes: Iterable[tuple[str, int, int, int, int]]) -> bool:
    """Whether `b` puts other words where `a`'s stand: a replaced stretch (difflib's `opcodes`
    of the two) holding word characters on both sides."""
    return any(
        tag == "replace" and _WORDY.search(a[a_from:a_to]) and _WORDY.search(b[b_from:b_to])
        for tag, a_from, a_to, b_from, b_to in opcodes
    )
