"""An English overview point from deep in the story whose neighbours in the article are no
group's bullets, or whose neighbour's group says nothing of it, goes to the group that tells its
thread.

`en_late_points` gives an overview point past the lead to the group holding the sentence beside
it, where that group shares most with it. Where the group beside it shares less than another
(a manager's line on his squad's fitness, with "Gareth Bale set to return", beside his words on
set-pieces, two passages before the group on Bale), the point stays in the overview: readers meet
the thread twice, once among the key points and again, with the rest of it, at the brief's end.
Here such a point goes to the theme group that shares clearly most of its weighed words
(`en_groups.similarity`, `CLEAR` at least with one of its bullets), more than any other theme
group and the rest of the overview do, where the point stands past the article's first passages
(`DEEP_PASSAGE`: a lead's detail is a key point, whatever a later group says of it). The group's
size and the overview's stand-in are `en_late_points`' own. English articles read in runs of
sentences only.

A deep point that shares too few weighed words with any group may still name its event: in a
round-up of matches, a goalkeeper's blunder "to complete Villarreal's misery" stayed among the key
points of another match while the group on Villarreal's defeat sat below. Such a point goes to the
one theme group that writes a name it writes (`en_names.thread_names`: no name the rest of the
overview writes, nor one the whole story writes), where no other group writes one of its names.
"""

from __future__ import annotations

from collections.abc import Callable

from citebrief.engines.en_groups import bullet_weights, similarity
from citebrief.engines.en_names import could_share, shares_name, thread_names
from citebrief.engines.scored import Draft, Scored

CLEAR = 0.12  # what a point shares with one bullet of a group at least to read as its thread's
DEEP_PASSAGE = 3  # the passage (or paragraph) from which a point is deep in the story


def point_ties(
    scored: Scored, themes: list[Draft], i: int, overview: Draft
) -> tuple[Callable[[list[int]], float], list[int]]:
    """What overview point `i` shares with a set of bullets (the most with one of them,
    `en_groups.similarity`, the brief's bullets weighed together), and the rest of `overview`."""
    rest = [j for j in overview.picked if j != i]
    every = sorted({i, *rest, *(j for d in themes for j in d.picked)})
    weights = bullet_weights(scored.units, every, scored.trimmed)

    def tie(picked: list[int]) -> float:
        return max((similarity(weights[i], weights[j]) for j in picked), default=0.0)

    return tie, rest


def sharing_home(scored: Scored, themes: list[Draft], i: int, overview: Draft) -> Draft | None:
    """The theme group of `themes` that overview point `i` belongs with by its words (module doc),
    or None: where it stands in the article's first passages, or no group shares `CLEAR` with it
    and more than every other group and the rest of `overview` do."""
    if scored.units[i].paragraph < DEEP_PASSAGE:
        return None
    tie, rest = point_ties(scored, themes, i, overview)
    ties = sorted(((tie(d.picked), n) for n, d in enumerate(themes)), reverse=True)
    best, at = ties[0]
    if best < CLEAR or best <= tie(rest) or (len(ties) > 1 and ties[1][0] >= best):
        return None
    return themes[at]


def naming_home(scored: Scored, themes: list[Draft], i: int, overview: Draft) -> Draft | None:
    """The one theme group of `themes` that writes a name deep overview point `i` writes and the
    rest of `overview` does not (module doc), or None: where `i` stands in the article's first
    passages, or no group or more than one writes such a name."""
    if scored.units[i].paragraph < DEEP_PASSAGE:
        return None
    rest = [j for j in overview.picked if j != i]
    threads = [j for d in themes for j in d.picked]
    if not could_share({j: scored.trimmed[j] for j in [i, *threads]}, [[i], threads]):
        return None
    named = thread_names([u.text for u in scored.units], [i, *threads], rest, said=scored.trimmed)
    homes = [d for d in themes if shares_name(named, i, d.picked)]
    return homes[0] if len(homes) == 1 else None
