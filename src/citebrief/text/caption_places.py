"""Where a caption that ends on a place runs into a sentence that opens on a capitalised opener.

CNN/Daily Mail galleries close a caption on where the photo was taken, "Town, Country", and a
flattened page glues it to the next caption or sentence with no stop: "… in Ho Chi Minh City,
Vietnam A bike that's seen better days …", "… a hospice in Grand Junction, Colorado When John
died his new wife sat by his side". After a comma and one to three capitalised words, an
article, a pronoun or a clause opener spelt with a capital and followed by a lower-case word
("A bike", "When John" is a name: the opener is enough) is no part of the place's sentence:
prose spells such words in lower case there. The sentence ends after the place.
"""

from __future__ import annotations

import re

from citebrief.text.captions import MIN_SIDE_WORDS

# openers a sentence starts with, never capitalised after a place inside a sentence
_OPENERS = "A|An|The|When|After|While|Although|Before|There|He|She|They|It|His|Her|Their|This|Its|That"
# ", Vietnam A bike", ", Colorado When John": a comma, the place's words, the opener and a word
_PLACE_THEN_OPENER = re.compile(
    rf"(?<=[a-z]), [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){{0,2}} (?P<opener>{_OPENERS})(?:'s|’s)? (?P<next>[A-Za-z][\w'’-]*)"
)
# the shape's cheap part, searched first (a literal ", " leads it): ", Vietnam A", ", Colorado When"
_OPENER_AFTER_NAME = re.compile(rf", [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){{0,2}} (?:{_OPENERS})\b")
# "Plan A is", "Grade A was": a letter with a verb after it is a name's part, not an article
_VERBS_AFTER_LETTER = frozenset(
    {"is", "was", "are", "were", "has", "had", "will", "would", "can", "could", "and", "or"}
)


def place_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets in `text[start:end]` (one sentence) where a caption ending on "Town, Country"
    stops and a sentence opening on a capitalised article, pronoun or clause opener starts."""
    if _OPENER_AFTER_NAME.search(text, start, end) is None:
        return []  # most sentences: no capitalised opener right after a capitalised word
    cuts: list[int] = []
    piece = start
    for match in _PLACE_THEN_OPENER.finditer(text, start, end):
        opener, following = match.group("opener"), match.group("next")
        if opener in {"A", "An", "The", "His", "Her", "Their", "Its", "This"} and not following[:1].islower():
            continue  # "The Beatles", "A Clockwork Orange": a title or a name, not an article's noun
        if opener in {"A", "An"} and following in _VERBS_AFTER_LETTER:
            continue
        cut = match.start("opener")
        if len(text[piece:cut].split()) < MIN_SIDE_WORDS or len(text[cut:end].split()) < MIN_SIDE_WORDS:
            continue
        cuts.append(cut)
        piece = cut
    return cuts
