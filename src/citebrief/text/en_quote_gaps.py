"""English bullets whose quotation mark touches the word before it, given the space back.

A page flattened into text loses the line break after a speaker's lead-in, and the space with it:
'Yorkshire captain Alex Lees:"We are all gutted."' (en-xsum 148), 'It goes like this:"I have a
pen."' (en-xsum 67); two quotations run together at their marks ('… it's paid off""We were pushed
hard …', en-xsum 64); a sentence's stop touches the quotation the next one opens ('… benefit the
national team."2017 is a real summer …," he said', en-xsum 143). The words after the mark are the
quotation, not a sentence of their own, so no cut mends them: the bullet reads as a typo until the
space is put back. Verify reads a bullet's quotation word for word in its source; it also tries
the quotation with these spaces taken out again (`closed_gaps`, `verify.index`).

A straight mark after a stop may open a quotation or close one; it is read as opening only where
the bullet's other marks say so (none open before it, one closes after it), as closing where the
reverse holds; 'starting w/@POTUS."The threats …' (en-xsum 177), its only mark, is left alone.

The same flattening glues a sentence to the next at its full stop ('… frustrated.I honestly …',
en-cnndm 179): the space goes back after a word of two lower-case letters or more. `closed_gaps`
does not take it out again: verify reads any bullet of several sentences with the space after each
stop allowed to be missing (`verify.quoted_sentences.glued_sentences`), all stops at once.
"""

from __future__ import annotations

import re

from citebrief.model import Document, Group
from citebrief.text.lazy_re import LazyPattern

# a word's letter or a bracket, the lead-in's colon, then the quotation's opening mark and word
_COLON = LazyPattern(r"(?<=[A-Za-z)\]]:)(?=[\"'“‘]\w)")
# a quotation's closing mark after a word or stop, the next one's opening mark and word
_PAIR = LazyPattern(r"(?<=[\w.!?,][\"”])(?=[\"“]\w)")
# a stop, then a curly mark that opens the next sentence's quotation ("“") or closes this one ("”")
_CURLY_OPENS = LazyPattern(r"(?<=[.!?])(?=“\w)")
_CURLY_CLOSES = LazyPattern(r"(?<=[.!?]”)(?=\w)")
# a stop, then a straight mark touching a word: which way it faces, the other marks say
_STRAIGHT = LazyPattern(r"(?<=[.!?])\"(?=\w)")
# a word of two lower-case letters or more, its full stop, the next sentence's capital ("I", "The"):
# initials, "e.g.", "No.1", "U.S.A" and file names ("index.html") do not take this shape
_STOP = LazyPattern(r"(?<=[a-z]{2}\.)(?=[A-Z][a-z ])")
# the spaces `spaced_gaps` puts back, found again to be taken out (text case-folded or not)
_GAP = LazyPattern(
    r"(?<=[A-Za-z)\]]:) (?=[\"'“‘]\w)|(?<=[\w.!?,][\"”]) (?=[\"“]\w)|(?<=[.!?]) (?=[\"“]\w)|(?<=[.!?][\"”]) (?=\w)"
)
MAX_GAPS = 3  # in one bullet, read each way; more are taken out all at once


def spaced_gaps(text: str) -> str:
    """`text` with a space between a quotation's mark and the colon, mark or stop it touches."""
    for pattern in (_COLON, _PAIR, _CURLY_OPENS, _CURLY_CLOSES, _STOP):
        text = pattern.sub(" ", text)
    return _STRAIGHT.sub(lambda mark: _faced(text, mark), text)


def _faced(text: str, mark: re.Match[str]) -> str:
    """The stop's straight mark with the space on the side it faces, or as it was where its
    bullet's other marks do not say which (see the module's docstring)."""
    before, after = text.count('"', 0, mark.start()), text.count('"', mark.end())
    if before % 2 == 0 and after % 2 == 1:
        return ' "'  # opens: the quotation it opens closes later in the bullet
    if before % 2 == 1 and after % 2 == 0:
        return '" '  # closes the quotation opened before it
    return mark.group()


def closed_gaps(text: str) -> list[str]:
    """`text` less the spaces `spaced_gaps` may have put back beside a quotation's marks, each way
    its source may have held it word for word: a space there may be the source's own ('Rich said:
    "… paid off""We …"'), so every choice of those to take out, or all at once past `MAX_GAPS`
    (a space put back after a full stop is verify's `glued_sentences`' to read: the module's docstring)."""
    gaps = [gap.start() for gap in _GAP.finditer(text)]
    if len(gaps) > MAX_GAPS:
        readings = [_GAP.sub("", text)]
    else:
        readings = []
        for chosen in range(1, 2 ** len(gaps)):
            taken = {at for k, at in enumerate(gaps) if chosen >> k & 1}
            readings.append("".join(char for at, char in enumerate(text) if at not in taken))
    return readings


def quote_gaps_spaced(document: Document, groups: list[Group]) -> list[Group]:
    """`groups` with each English bullet's quotation marks spaced from the word they touch."""
    if document.lang != "en":
        return groups
    return [
        group.model_copy(
            update={"points": [point.model_copy(update={"text": spaced_gaps(point.text)}) for point in group.points]}
        )
        for group in groups
    ]
