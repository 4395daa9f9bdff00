"""Whether a capitalized English name is a place or a day where the text writes it, not a person or
a body: read by `en_title_role_holder` and `en_overview_gloss`, whose apposition ("Gatland, the
Ireland coach"; "Roscosmos, the Russian Federal Space Agency") a sentence's opening adverbial
mimics ("Speaking in Dublin, the Ireland coach said", "On Tuesday, the agency said"): the name
there says where or when, and is none the apposition describes.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.calendar_names import DAY_NAMES, MONTH_NAMES
from citebrief.text.data_files import data_lines
from citebrief.text.lazy_re import LazyPattern

_LAST_WORD = LazyPattern(r"([A-Za-z]+)\s+$")


@cache
def place_prepositions() -> frozenset[str]:
    """Prepositions a place or a time follows (`data/en_place_prepositions.tsv`)."""
    return frozenset(data_lines("en_place_prepositions.tsv"))


def placed_name(text: str, start: int, name: str) -> bool:
    """Whether `name`, written at `start` of `text`, opens on a day or a month's name or a
    capitalized preposition ("In Moscow"), or follows a preposition ("in Dublin")."""
    first = name.split(maxsplit=1)[0] if name.split() else ""
    if first in DAY_NAMES or first in MONTH_NAMES or first.lower() in place_prepositions():
        return True
    before = _LAST_WORD.search(text[max(0, start - 20) : start])
    return before is not None and before.group(1).lower() in place_prepositions()
