"""An English bullet whose "It", "This" or "That" stands for the event of the bullet right above it,
its sentence before ("… took nearly all remaining rebel-held parts of Aleppo this week. | It
represents a major victory for President Bashar al-Assad."): one bullet.

`cited_points.carry_antecedent` carries the sentence before where no bullet says it; here a bullet
of the same group says it, right above, and the two stood apart. A blind reader of en-xsum 62 marked
the "It represents …" bullet dangling all the same: a bullet reads alone, and its "It" is no thing
the bullet above names but what that bullet tells happened (`text.en_event_pronoun`: "It comes after
…", "It follows …", "This was despite …", "That erased …", "It is the biggest defeat for …"). The
second sentence goes onto the end of the first bullet, verbatim, citing both bullets' paragraphs,
where the two are neighbours in the source, the first bullet ends on its sentence whole, the second
opens on its own sentence (nothing carried or bracketed before it), the group keeps two bullets or
more (as every group of a brief has) and the two fit one bullet (`anaphora.CARRY_PAIR_WORDS_EN`, a
sentence and the one saying what its "It" is). An "It said …", "It also has …" or "It is understood
…" stays a bullet of its own: it names a body or a thing the bullet above names, or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.scored import Scored
from citebrief.engines.zh_run_pairs import neighbours_joined
from citebrief.model import Point
from citebrief.text.anaphora import CARRY_PAIR_WORDS_EN
from citebrief.text.en_event_pronoun import opens_on_event_pronoun

_STOPS = (".", "!", "?", '"', "'", "”", "’")
_SAME_START = 20  # a bullet opening on its sentence's first characters carries nothing before it
_SAME_END = 12  # a bullet ending on its sentence's last characters is not cut short


def _joined(scored: Scored, first: int, said_first: str, said_second: str) -> str | None:
    """Bullets `said_first` (of sentence `first`) and `said_second` (of `first + 1`, opening on an
    event's "It") as one, or None where they are no such pair (module doc)."""
    own, second = scored.units[first].text.strip(), scored.units[first + 1].text.strip()
    if not opens_on_event_pronoun(said_second) or not said_second.startswith(second[:_SAME_START]):
        return None
    return said_after(own, said_first, said_second)


def said_after(own: str, said_first: str, said_next: str) -> str | None:
    """Bullet `said_first` (of sentence `own`) with `said_next` said at its end, or None where the
    bullet is cut short of its sentence's end or the two pass one bullet's words."""
    if not said_first.endswith(_STOPS) or not own.endswith(said_first[-_SAME_END:]):
        return None
    text = f"{said_first} {said_next}"
    return text if len(text.split()) <= CARRY_PAIR_WORDS_EN else None


def event_its_joined(scored: Scored, picked: Sequence[list[int]], points: list[list[Point]]) -> None:
    """Each English group's bullet on sentence `i + 1` opening on an event's "It" said at the end of
    the bullet on sentence `i` just before it (`points` and `picked` updated in place)."""
    neighbours_joined(scored, picked, points, _joined, lang="en")
