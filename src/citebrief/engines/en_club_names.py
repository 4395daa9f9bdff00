"""An English bullet that opens on "The west London club" the brief never names: the club's name in its place.

Sports pages name a club once and call it by its place after ("… Harlequins campaign will be over
if they lose to Sale. The west London club also felt the squeeze …"). A brief keeping the second
sentence alone left a reader asking which club (en-cnndm 107, blind read). Which of the clubs
before it the place means is the page's knowledge, not the sentence's: `data/en_club_places.tsv`
says which names a place's clubs go by. Where the nearest of the few sentences before that writes a
name of the bullet's place writes only one, the bullet opens on it in brackets in place of "The
west London club", as a couple's names are put in (`en_couple_names`; `text.speaker_label.
NAME_IN_PLACE`, which verify reads with the name in a cited paragraph), and cites that sentence's
paragraph. A place the table does not know, or two of its clubs named there: the bullet stays.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.engines.scored import Scored
from citebrief.text.data_files import rows_by_kind, word_alternation
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speaker_label import named_in_place

BACK = 4  # sentences read back for the club's name
_THE_PLACE_CLUB = LazyPattern(r"The (?P<place>[A-Za-z][\w -]{2,24}?) (?:club|side) (?=[a-z])")


@cache
def _places() -> dict[str, re.Pattern[str]]:
    """Each place of `data/en_club_places.tsv`, casefolded, with a pattern finding its clubs' names."""
    rows = rows_by_kind("en_club_places.tsv")
    return {place.casefold(): re.compile(rf"\b(?:{word_alternation(names)})\b") for place, names in rows.items()}


def named_club_en(scored: Scored, i: int, text: str) -> tuple[str, int] | None:
    """`text`, the bullet of sentence `i`, with the club it opens on by its place ("The west London
    club") named in brackets in its place, and the paragraph of the sentence naming it; None where
    it opens otherwise, the place is not the table's, or no one club of it is named shortly before."""
    opening = _THE_PLACE_CLUB.match(text)
    if opening is None:
        return None
    sentences = [unit.text for unit in scored.units]
    named = club_before(sentences, i, opening.group("place"))
    if named is None:
        return None
    club, at = named
    return named_in_place(club, text[opening.end() :]), scored.units[at].paragraph


def club_before(sentences: list[str], i: int, place: str) -> tuple[str, int] | None:
    """The one name of a club of `place` that the nearest of the `BACK` sentences before sentence
    `i` writing one writes, and that sentence; None where the table knows no such place, no
    sentence near writes one, or the nearest writes two."""
    names = _places().get(place.casefold())
    if names is None:
        return None
    for j in range(i - 1, max(i - BACK, 0) - 1, -1):
        found = set(names.findall(sentences[j]))
        if len(found) > 1:
            return None  # two clubs of the place: which one is unsure
        if found:
            return found.pop(), j
    return None
