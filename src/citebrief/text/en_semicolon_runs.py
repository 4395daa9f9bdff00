"""English sentences the splitter cut at their semicolons, made whole again where they fit a bullet.

syntok ends a sentence at a ";" before a capital, a figure or a quote, so a list of figures ("… 44
per cent … are 'good'; 15 per cent are 'fake'; and 41 per cent are 'inactive'") became three
sentences, and a bullet quoting the first stopped at "'good';", its other items lost; so did a
clause and its other half ("… bulk-buy packages that are sold at a discount; Mr. Hatfield has a
$360-per-month membership …", "… a doctor of this or that; Jenson was a doctor of his tyres.").
An English semicolon joins what the writer meant as one sentence:
the run of ";"-pieces up to the piece that ends the sentence is one sentence where it fits a whole
bullet (`CARRY_WORDS_EN` words), as the Chinese "一要……；二要……" runs are (segment.py). A longer run
(a list of six names and ages) keeps its pieces. A run too long only because a caption ran into
its first piece ("… on joining ISIS Charged are Mohamed Abdihamid Farah, 21; Adnan …") is joined
once the caption is cut off (`caption_freed_runs`): its first piece alone was a bullet that named
one of six ("Charged are Mohamed Abdihamid Farah, 21;").
"""

from __future__ import annotations

import re

from citebrief.text.anaphora import CARRY_WORDS_EN

_CLOSED = re.compile(r"[.!?][\"'’”)]*\s*$")  # a sentence's stop at a run's end


def _ends_on_semicolon(text: str, start: int, end: int) -> bool:
    return text[start:end].rstrip().endswith(";")


def semicolon_runs(text: str, spans: list[tuple[int, int]], starts: set[int] | None = None) -> list[tuple[int, int]]:
    """`spans` (sentence spans of `text`, in order) with each run of spans that end on ";" joined
    to the span that ends it, where the run holds at most `CARRY_WORDS_EN` words (and, where
    `starts` is given, opens at one of them)."""
    if ";" not in text:
        return spans
    joined: list[tuple[int, int]] = []
    at = 0
    while at < len(spans):
        last = at
        while last + 1 < len(spans) and _ends_on_semicolon(text, *spans[last]):
            last += 1
        start, end = spans[at][0], spans[last][1]
        opens = starts is None or start in starts
        if last > at and opens and len(text[start:end].split()) <= CARRY_WORDS_EN:
            joined.append((start, end))
        else:
            joined.extend(spans[at : last + 1])
        at = last + 1
    return joined


def caption_freed_runs(text: str, spans: list[tuple[int, int]], opened: set[int]) -> list[tuple[int, int]]:
    """`spans` with the runs joined that open where a caption cut opened a sentence's last piece
    (`opened`) and close on a stop: the run was too long for `semicolon_runs` with the caption
    still on it. A run that ends on another caption ("… TMZ reported; Flay was pictured with
    President Obama in 2009") is a sentence and a caption, not a list: it keeps its pieces."""
    if not opened:
        return spans
    joined: list[tuple[int, int]] = []
    for start, end in semicolon_runs(text, spans, opened):
        if start in opened and (start, end) not in spans and not _CLOSED.search(text, start, end):
            joined.extend(span for span in spans if start <= span[0] < end)
        else:
            joined.append((start, end))
    return joined
