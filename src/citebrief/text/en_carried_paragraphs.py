"""A paragraph that goes on with the double-marked quotation its paragraph before left open.

A page's new paragraph opens outside any quotation (`en_quote_reading.quotation_middles`), but a
page that glued a long quotation's paragraphs into one block and then cut it into paragraphs
again leaves a paragraph opening on the quotation's unmarked words ('Mrs X said: "Why should I
…? | I won't … | And I've always said … for him. "If I …'). Read as a new paragraph, those words
were the writer's own: the line "That is something I'll never do …" after them read as no one's.
Only words spoken as "I", "we" or "you" go on with it: a reporter's own sentence opening the
paragraph speaks as no one, and may well write a contraction ("He didn't put a foot wrong." after
a coach's quotation), so a contraction alone (`en_quote_reading.speaks`) does not carry it.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.text.en_quote_reading import quote_open_at
from citebrief.text.lazy_re import LazyPattern

# the paragraph's words before its first double mark and its first sentence's stop
_OPENING_WORDS = LazyPattern(r'^[^"“”.!?]*[.!?]')
# a word a speaker says of themselves or their listener ("I", "I've", "we", "our", "you")
_PERSON_SPEAKS = LazyPattern(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|[Uu]s|[Yy]ou|[Yy]our)\b")


def carried_quotations(paragraphs: Sequence[str]) -> list[bool]:
    """For each of `paragraphs`, whether it goes on with the quotation the one before left open:
    that one ends inside a double-marked quotation (`quote_open_at`) and this one opens on a
    sentence with no mark that speaks as "I", "we" or "you" (module doc)."""
    carried = [False] * len(paragraphs)
    for k in range(1, len(paragraphs)):
        before = paragraphs[k - 1]
        opening = _OPENING_WORDS.match(paragraphs[k])
        if opening is not None and _PERSON_SPEAKS.search(opening.group()) and quote_open_at(before, len(before)):
            carried[k] = True
    return carried
