"""Whether one English sentence repeats another, word for word but for trivial differences.

A bullet cites every paragraph that repeats its sentence (`cited_points`). Live commentary
prints the same template many times with a word changed ("Josh Gillies (Gateshead) right footed
shot from outside the box is saved." then "… left footed shot …"; "header from the right side of
the box misses to the right" then "… from the centre … to the left"): alike enough character for
character to pass for a repeat, yet the other passage says another thing, and readers marked the
citation wrong. Read word by word (case, spacing and punctuation aside), a repeat says every word
of the sentence in its order but for an article (`data/en_repeat_trivia.tsv`), so the passage
says all the bullet says; it may add words (a caption's "Caught on camera:", "(pictured)"), as a
Chinese repeat may (`zh_swapped_words`), but none that turns the claim ("not":
`data/en_repeat_turning.tsv`), and puts no other word where one of the sentence's stands.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.lazy_re import LazyPattern

_WORD = LazyPattern(r"[^\W_]+")


@cache
def _trivia() -> frozenset[str]:
    """Words a repeat may drop or swap for others (`data/en_repeat_trivia.tsv`)."""
    return frozenset(data_lines("en_repeat_trivia.tsv"))


@cache
def _turning() -> frozenset[str]:
    """Words a repeat may not add (`data/en_repeat_turning.tsv`)."""
    return frozenset(data_lines("en_repeat_turning.tsv"))


def repeats_wording_en(a: str, b: str) -> bool:
    """Whether `b` says all of `a`'s words in `a`'s order but for articles, adding some or none,
    no turning word among them: none of `a`'s words dropped or swapped for another."""
    words_a, words_b = _WORD.findall(a.lower()), _WORD.findall(b.lower())
    trivia, turning = _trivia(), _turning()
    for tag, a_from, a_to, b_from, b_to in SequenceMatcher(None, words_a, words_b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if {*words_a[a_from:a_to]} - trivia or {*words_b[b_from:b_to]} & turning:
            return False
    return True
