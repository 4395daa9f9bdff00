"""An English bullet followed in its passage by a short "He died later in hospital." (or "She was
pronounced dead", "He survived"): that sentence said at the bullet's end, citing the same passage.

A blind reader of en-xsum 182 read "The 44-year-old, from Everton, had been shot in the head and
chest" and missed that he died: the next sentence, "He died later in hospital.", is never a bullet
of its own (short, and its "He" stands for the person the bullet names), so the brief never said
the death. Where such a sentence (`data/en_fate_verbs.tsv`, ten words at most) stands right after a
bullet's sentence in the same paragraph, no bullet says it, the bullet ends on its sentence whole
and the two fit one bullet (`anaphora.CARRY_PAIR_WORDS_EN`), it is joined verbatim, as
`en_event_it_joins` joins an event's "It".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from citebrief.engines.en_event_it_joins import said_after
from citebrief.engines.scored import Scored
from citebrief.model import Point
from citebrief.text.data_files import data_lines, word_alternation

VERBS = "en_fate_verbs.tsv"  # in citebrief.text.data
FATE_WORDS = 10  # the most words a fate sentence has: a longer one tells more and stands as its own


@cache
def _fate() -> re.Pattern[str]:
    return re.compile(rf"^(?:He|She)\s+(?:{word_alternation(data_lines(VERBS))})\b[^\"“”]*[.!]$")


def tells_fate(sentence: str) -> bool:
    """True for "He died later in hospital.", "She was pronounced dead at the scene."; False for a
    longer sentence, a quotation or another verb ("He said …", "He died in 1990 after a long illness
    that left him unable to work.")."""
    text = sentence.strip()
    return len(text.split()) <= FATE_WORDS and _fate().match(text) is not None


def fates_joined(scored: Scored, picked: Sequence[list[int]], points: list[list[Point]]) -> None:
    """Each English bullet's sentence `i` followed in its paragraph by a fate sentence `i + 1` no
    bullet says: that sentence said at the bullet's end (`points` updated in place)."""
    if scored.lang != "en":
        return
    units = scored.units
    said = {i for mine in picked for i in mine}
    texts = [point.text for group in points for point in group]
    for g, mine in enumerate(picked):
        for k, first in enumerate(mine):
            nxt = first + 1
            if nxt >= len(units) or nxt in said or units[nxt].paragraph != units[first].paragraph:
                continue
            fate, bullet = units[nxt].text.strip(), points[g][k].text
            if not tells_fate(fate) or any(fate in text for text in texts):
                continue
            text = said_after(units[first].text.strip(), bullet, fate)
            if text is not None:
                points[g][k] = points[g][k].model_copy(update={"text": text})
