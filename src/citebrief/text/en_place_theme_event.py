"""An English theme group still titled by a bare place once every title is given, where one of its
bullets writes the place as the name of what happened there: blind readers mark "Arkansas" over
"A judge agreed to postpone the Arkansas case ..." and the teenagers accused of the killing as a
title that says where, not what. A headline writes "Arkansas Case", as the bullet does.

Survey (stop 210, en-cnndm and en-xsum 0-199, both views): of some 160 theme titles that are a
bare name, the places ("County Londonderry", "Overcliff Drive", "Westminster Abbey", "Slovakia")
rarely have a noun phrase of their event written in two bullets; most groups there share no
event noun at all, or one bullet writes it ("the haul", "the plans", "36 counts of fraud"), and
a title made from it would be a guess. What is left safe: a bullet writes "the <Place> <event>"
with the event a noun of `data/en_place_event_nouns.tsv`, the place marked as one where the
article writes it after a preposition of place ("in Arkansas"), and no person's name
(`en_actors.is_person`). The new title is written in the bullet, so it stands on the group's
paragraph, and it must be free of the titles given.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_actors import is_person
from citebrief.text.en_placed_name import placed_name
from citebrief.text.name_places import phrase_spans
from citebrief.text.titles import display_title, swapped_if_free

MAX_PLACE_WORDS = 4  # "Motorsport Arena Oschersleben"
_SMALL = frozenset({"of", "the", "and", "on", "upon"})  # "Isle of Man", "Stoke-on-Trent" is one word


@cache
def _event_nouns() -> frozenset[str]:
    """The nouns that name an event after a place's name (`data/en_place_event_nouns.tsv`)."""
    return frozenset(data_lines("en_place_event_nouns.tsv"))


def _bare_name(title: str) -> bool:
    """Whether `title` is a capitalized name alone ("Arkansas", "County Londonderry")."""
    words = title.split()
    if not 0 < len(words) <= MAX_PLACE_WORDS or words[0] in _SMALL or words[-1] in _SMALL:
        return False
    return all(w in _SMALL or re.fullmatch(r"[A-Z][\w'’.-]*", w) for w in words)


def _a_place(title: str, texts: list[str]) -> bool:
    """Whether the article writes `title` after a preposition of place ("in Arkansas") and never
    as a person's name."""
    if is_person(title, texts):
        return False
    return any(placed_name(t, start, title) for t in texts for start, _ in phrase_spans(title, t))


def _place_event(title: str, bullets: list[str]) -> str:
    """The one "<title> <event noun>" the `bullets` write after "the" ("the Arkansas case"); ''."""
    found = {
        match.group(1)
        for bullet in bullets
        for match in re.finditer(rf"\b[Tt]he {re.escape(title)} ([a-z]+)\b", bullet)
        if match.group(1) in _event_nouns()
    }
    return f"{title} {found.pop()}" if len(found) == 1 else ""


def place_theme_event(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`title`, a theme's bare place, as "<Place> <Event>" where one of `bullets` writes that
    phrase (see the module's note); else `title`. `texts` are the article's paragraphs; `used`
    (casefolded titles given) is updated."""
    if not _bare_name(title) or not _a_place(title, texts):
        return title
    phrase = _place_event(title, bullets)
    return swapped_if_free(title, display_title(phrase, "en"), used) if phrase else title
