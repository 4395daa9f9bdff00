"""An English overview of two points gives its deep point to the group it belongs with by taking
back a lead sentence a theme group holds; and a point that shares a word or two with a short
bullet does not restate it.

`en_late_points` moves an overview point from deep in the story to the group beside it (or the
group sharing most of its words), the overview taking a lead sentence no bullet holds in its
place. Where the overview holds only its two points and every lead sentence is a bullet already,
the point stays: readers met "With limited resources comes innovation, as is evident with one
mother who has attached a cane high chair to the front of her vehicle" among the key points of a
story on what Vietnam's scooters carry, above the group whose photographs it describes, while that
story's own second line ("But there's one sight ... the wacky things people carry on the back of
a motorbike") opened a theme group. Here the point trades places with the earliest lead sentence
(one of `LEAD_SENTENCES`, in the article's first passage) that the point's own group holds, where
that sentence says nothing the other overview point says and stands alone or reads on from an
overview point: "Aduriz pounced in the 90th minute to secure a 1-1 draw" goes up beside the
lead's equaliser and "Fredy Hinestroza scored the only goal of the game" down to Getafe's win at
Elche. The group keeps its size and its thread; a lead sentence taken from another group left
that group without its opener, and its title went to a side phrase ("Civil War" for a
photographer's scooter pictures), so no other group gives one.

And a point "restates" a bullet of its group (so that moving it would set one point twice side by
side) only where the two share `MIN_SHARED` content words at least: a three-word bullet ("However,
he made only 12 appearances and returned to England in 2012") shares two words with "Haskell has
surpassed the 100 appearances mark ... with 57 caps" and says another thing.
English articles read in runs of sentences only (the caller's).
"""

from __future__ import annotations

from citebrief.engines.en_actor_groups import leans
from citebrief.engines.en_overview import LEAD_SENTENCES, restates
from citebrief.engines.scored import Draft, Scored

MIN_SHARED = 3  # content words two bullets share at least to say one point


def says_again(scored: Scored, i: int, k: int) -> bool:
    """Sentences `i` and `k` say one point (`en_overview.restates`) and share `MIN_SHARED`
    content words or more (module doc)."""
    shared = set(scored.units[i].terms) & set(scored.units[k].terms)
    return len(shared) >= MIN_SHARED and restates(scored, i, k)


def lead_taken_back(scored: Scored, overview: Draft, point: int, home: Draft) -> int | None:
    """The lead sentence of `home` that `overview` takes back once `point` goes to `home`
    (module doc), or None where the group holds none that serves."""
    rest = [j for j in overview.picked if j != point]
    for j in home.picked:
        if j >= LEAD_SENTENCES or scored.units[j].paragraph > 1:
            return None
        if leans(scored.units[j].text) and j - 1 not in rest:
            continue  # "But ..." read after a sentence the overview does not hold
        if any(restates(scored, j, k) for k in rest):
            continue
        return j
    return None
