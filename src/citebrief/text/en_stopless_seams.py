"""English sentences glued with neither a stop nor a space between them ("… on the 11th holeMr
Lahiff, speaking from Cairns Hospital, said …", "… will have cost the club £106.8mLast month,
Sandro Rosell resigned …": en-xsum 199, 193).

en-xsum's pages lose the space between paragraphs, and now and then the stop too: one bullet then
reads two sentences run into each other through a word like "holeMr". text/en_glued_stops.py needs
the stop; the caption rules (text/captions.py) read a caption's end, not a sentence's. This rule
cuts where a word wholly in lower case of three letters or more, or a figure with its unit
("£106.8m", "20km"), runs into a capitalised word: "iPhone", "eBay", "McDonald", "YouTube",
"LeBron" are one word (a capital or one letter before the seam), and both sides must read as
sentences: a long sentence before the seam (MIN_BEFORE_WORDS, longer than a headline) holding no
other such seam. A page's widget and link lines ("Media playback is not supported on this
deviceIreland are …", "More on this and other storiesThe …", "… soldiers' deathsRussian families
look for soldier sonsMr …") are short or run into each other: they stay with the rules that drop
them from a bullet's front (text/en_glued_headlines.py cuts headlines glued to a bullet's sentence).
"""

from __future__ import annotations

from citebrief.text.en_glued_headlines import MAX_HEADLINE_WORDS
from citebrief.text.lazy_re import LazyPattern

# a lower-case word standing alone, or a figure and its unit, then a capitalised word and a space
_SEAM = LazyPattern(r"(?:(?<![\w'’.-])[a-z]{3,}|(?<![\w.])[£$€]?[0-9][0-9.,]*[a-z]{1,2})(?=[A-Z][a-z]* )")
_QUICK = LazyPattern(r"[a-z][A-Z]")
MIN_BEFORE_WORDS = MAX_HEADLINE_WORDS  # a run before the seam this long is no headline of a link
MIN_AFTER_WORDS = 4


def stopless_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets in `text[start:end]` (one sentence) where a sentence glued with no stop begins."""
    if _QUICK.search(text, start, end) is None:
        return []  # most sentences: no capital right after a small letter
    cuts: list[int] = []
    piece = start
    for seam in _SEAM.finditer(text, start, end):
        cut = seam.end()
        if len(text[piece:cut].split()) < MIN_BEFORE_WORDS or len(text[cut:end].split()) < MIN_AFTER_WORDS:
            continue
        if _QUICK.search(text, piece, cut - 1) is not None:
            continue  # another seam before it: headlines of links run together, not a sentence
        cuts.append(cut)
        piece = cut
    return cuts
