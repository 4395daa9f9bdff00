"""Where a caption glued with a comma runs into a sentence that opens on a capitalised word.

A flattened page sometimes keeps a comma where the caption's line ended: "Mr Beavis had parked
his car at the Riverside Retail Park in Chelmsford, pictured above, on April 15, 2013, The retail
site, pictured above, offers two free hours …", "… in Fort Worth, Texas, pictured here, He added:
…". Prose never spells an article or a pronoun with a capital after a comma (a quotation opens
with its quote mark: "he said, 'The …'"), so ", The retail", ", He added" starts a new sentence.
A quotation still open at the comma ("It read: 'Tom and Katie, We have arrived …'") is a
letter's own line, and a sentence that opens on a clause or a participle ("When out to eat, He
always orders …", "Asked what he thought, He said …") is the writer's slip of one sentence: both
stay whole, their first part no caption.
"""

from __future__ import annotations

import re

from citebrief.text.caption_years import CLAUSE_OPENERS
from citebrief.text.captions import MIN_SIDE_WORDS

# ", The retail site", ", He added": a comma after a word, a capitalised article or pronoun, a
# lower-case word
_COMMA_THEN_OPENER = re.compile(r"(?<=[\w)]), (?=(?:The|He|She|They|It|His|Her|Their|We|This|These|There) [a-z])")

# the shape's cheap part, searched first: a literal ", " leads it, with no look-behind to try
_OPENER_AFTER_COMMA = re.compile(r", (?:The|He|She|They|It|His|Her|Their|We|This|These|There) [a-z]")


def comma_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets in `text[start:end]` (one sentence) where a caption ends on a comma and a sentence
    opening on a capitalised article or pronoun starts."""
    if _OPENER_AFTER_COMMA.search(text, start, end) is None:
        return []  # most sentences: no capitalised article or pronoun after a comma
    cuts: list[int] = []
    piece = start
    for match in _COMMA_THEN_OPENER.finditer(text, start, end):
        before = text[piece : match.start()].split()
        if len(before) < MIN_SIDE_WORDS or len(text[match.end() : end].split()) < MIN_SIDE_WORDS:
            continue
        first = before[0].strip("'‘\"“")
        if first in CLAUSE_OPENERS or first.endswith(("ing", "ed")):
            continue  # "When out to eat, He always orders …": one sentence, a capital in the wrong place
        if _inside_quote(before):
            continue  # "It read: 'Tom and Katie, We have arrived …": a letter's salutation, quoted
        cuts.append(match.end())
        piece = match.end()
    return cuts


def _inside_quote(words: list[str]) -> bool:
    """A quotation opens among `words` and does not close before their end."""
    for word in reversed(words):
        if word.rstrip(".,;:!?)")[-1:] in "'’\"”":
            return False  # "… it,' he said", "'disgusted'": closed
        if word[:1] in "'‘\"“":
            return True
    return False
