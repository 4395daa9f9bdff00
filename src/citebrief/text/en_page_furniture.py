"""A news page's furniture inside an English article's prose, cut out of the sentence it is glued to.

BBC pages flattened to text (en-xsum's articles all are) keep a video box's notice, a "more on
this story" link, a follow or newsletter prompt or an embedded post's end inside the prose, with no
stop or space on either side: "… his best Test-match innings."Media playback is not supported on
this devicePakistan batted for only 63 overs …". The sentence splitter cannot part them, so a
bullet quoted the notice with the claims around it (en-xsum 14, 17, 22, 28, 58, 130, 133, 167),
or the prompt as a claim (44, 81, 107); a comment form's lines ("Your contact details will
never be published", "If you are happy to be contacted by a BBC journalist …") made a group of
their own (151). The furniture is data (`data/en_page_furniture.tsv`). A
notice inside a sentence or at its end is left out of it (segment.py's `_unglue_stops`); the
sentence parted in two counts as one in the passages (a quiet cut), so no [n] moves. A sentence
that is a notice whole stays, and lines.tsv's page-furniture-en row (`{en_page_furniture}`,
written out by `fill_furniture`) keeps it out of a brief. A notice opening a sentence stays in it
and leaves the bullet only (`without_leading_furniture`, engines/cited_points.py), as lines.tsv's
lead rows take "Media playback is …" off: cut from the sentence, it moved other picks.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.prefilter import Prefilter, literal_prefilter
from citebrief.text.regex_cache import compiled

_PLACE = "{en_page_furniture}"
MIN_KEPT_WORDS = 4
_AFTER = LazyPattern(r"\.?\s*")  # a stop and the space after a notice stay with it (matches always)


@cache
def furniture_rows() -> tuple[tuple[str, str, str], ...]:
    """(name, regex, example) of each row of en_page_furniture.tsv."""
    rows = [tuple(line.split("\t")) for line in data_lines("en_page_furniture.tsv")]
    return tuple((name, regex, example) for name, regex, example in rows if name != "name")


@cache
def alternation() -> str:
    """Every row's regex as one group."""
    return "(?:" + "|".join(f"(?:{regex})" for _, regex, _ in furniture_rows()) + ")"


def fill_furniture(regex: str) -> str:
    """`regex` with `{en_page_furniture}` written out as the table's alternation (lines.tsv)."""
    return regex.replace(_PLACE, alternation()) if _PLACE in regex else regex


@cache
def _furniture() -> re.Pattern[str]:
    return compiled(alternation())


@cache
def _quick() -> Prefilter | None:
    """What every row needs, looked for first (most sentences hold none of it): read off the
    table's own patterns, no second list to keep in step with it."""
    return literal_prefilter(alternation())


def _may_hold(text: str) -> bool:
    quick = _quick()
    return quick is None or quick.may_match(text)


def _past_notice(text: str, at: int, end: int) -> int:
    """Where `text` goes on after a notice ending at `at`: past a stop and the spaces after it."""
    found = _AFTER.match(text, at, end)
    return found.end() if found is not None else at


def furniture_free(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of `text[start:end]` (one sentence) around its page furniture: a notice inside
    parts it in two, one at its end is left off it. A notice opening the sentence stays, for the
    bullet to lose (`without_leading_furniture`): there the sentence reads as it did to the picker
    (shortened, en-xsum 6, 7, 16, 114, 158 and 167 picked other sentences or grouped them anew). A
    sentence that is a notice whole stays one (the page-furniture-en row keeps it out of a brief),
    so that the passages of a one-block article hold as many sentences as before."""
    if not _may_hold(text[start:end]):
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    low = start
    for found in _furniture().finditer(text, start, end):
        if found.start() == start:
            continue
        # a mark alone ('"Media …' after syntok's stop) stays a piece: dropped, the quotation the
        # sentence before leaves open ran on into the next one (en-xsum 17: 'innings. Pakistan batted …')
        if text[low : found.start()].strip():
            pieces.append((low, len(text[: found.start()].rstrip())))
        low = _past_notice(text, found.end(), end)
    if low < end and text[low:end].strip():
        pieces.append((low, end))
    return pieces or [(start, end)]


def without_leading_furniture(text: str) -> str:
    """`text` (a bullet) less a notice glued to its front ("More on this and other South Yorkshire
    storiesThe union's general secretary …", "Media playback is not supported on this
    device"I'm going to …"), where a sentence of MIN_KEPT_WORDS or more follows it."""
    if not _may_hold(text):
        return text
    found = _furniture().match(text)
    if found is None:
        return text
    rest = text[_past_notice(text, found.end(), len(text)) :]
    return rest if len(rest.split()) >= MIN_KEPT_WORDS else text
