"""An English news brief's overview keeps to the story's lead; a point from inside a later
thread goes back to that thread's group.

The overview is picked from the lead run and the sentences most central to the article
(`extractive._overview_pool`), so a sentence from deep in the story can head it: Freberg's
voice for a Looney Tunes bear above his death and his son's tribute, while the group of his
other cartoon voices holds two bullets; the news of Clinton's Facebook likes from Baghdad
above her fake Twitter followers, away from the Baghdad figures. Such a bullet (one that comes after a theme group's
first bullet in the article) moves to the group of its own run where that group has room and
shares a word or the person with it (else to the group with room it shares clearly most with), and
the overview takes the earliest lead sentence no bullet says in its place: the lead tells what
happened, the threads below tell the rest.

English articles read in runs of sentences only (the caller passes nothing else).
"""

from __future__ import annotations

import numpy as np

from citebrief.engines.bullets import repeats_any
from citebrief.engines.en_actor_groups import actor_keys
from citebrief.engines.en_groups import EDGE_SHARED, MAX_GROUP, bullet_weights, similarity
from citebrief.engines.en_names import could_share, shares_name, thread_names
from citebrief.engines.scored import Draft, Scored
from citebrief.text.en_teasers import teases

RESTATES = 0.6  # of the shorter bullet's words, said by the other: the same point in other words
MIN_WORDS = 10  # a shorter lead sentence is a piece of a caption or title ("Most of the report, entitled Putin")
PART = 0.3  # and this much with the bullet it stands in for
NEAR = 0.4  # a lead sentence that shares this much with a bullet adds too little to take a place
LEAD_SENTENCES = 5  # where a sentence to take the moved one's place in the overview is looked for
OTHER_SHARED = 0.2  # what it shares at least with a group not of its own run (one shared name is 0.12)
MIN_OVERVIEW = 2  # bullets the overview keeps, at least
NEXT_TO = 2  # sentences from a full group's bullets, at most, for a point to make it five
STRONG = 0.3  # shared with one bullet of a full group, at least, for the point to make it five


def release_late(scored: Scored, drafts: list[Draft], of_sentence: np.ndarray, chosen: list[int]) -> None:
    """Moves each overview bullet (of `drafts[0]`) that comes after the first bullet of a theme
    group to its own run's group (`of_sentence`: each sentence's theme) where that has room and
    shares a word or person with it, else to the group with room it shares most with (at least
    `OTHER_SHARED`, or the person; a full group takes it as a fifth where `_five`), and fills
    its place from the lead (`chosen`: every bullet so far, kept in step)."""
    if len(drafts) < 2:
        return
    overview, themes = drafts[0], drafts[1:]
    body = min(i for d in themes for i in d.picked)  # where the threads begin
    late = [i for i in overview.picked if i > body and i >= LEAD_SENTENCES]
    if not late:
        return
    labels = of_sentence.tolist()
    every = sorted({*late, *(i for d in themes for i in d.picked)})
    weights = bullet_weights(scored.units, every, scored.trimmed)
    who = actor_keys(scored.units, every)  # the story's subject too: Travolta's words on his son join his others
    # a name the rest of the overview does not write ties a late point to its thread ("Mr Rose ...
    # branded police involvement" to "Kim Rose ... is being investigated", `en_names.py`)
    named: dict[int, frozenset[str]] = {}
    threads = [j for d in themes for j in d.picked]
    if could_share({i: scored.trimmed[i] for i in [*late, *threads]}, [late, threads]):
        lead = [i for i in overview.picked if i not in late]
        named = thread_names([u.text for u in scored.units], every, lead, said=scored.trimmed)

    def tie(i: int, group: Draft) -> float:
        """How strongly bullet `i` belongs with `group`: the most it shares with one of its
        bullets, 1 for one of the same person or a name of its own; 0 where it restates one of them."""
        if any(_restates(scored, i, j) for j in group.picked):
            return 0.0  # two bullets of one point side by side: it stays where it is
        if named and shares_name(named, i, group.picked):
            return 1.0
        return max(1.0 if who[i] and who[i] == who[j] else similarity(weights[i], weights[j]) for j in group.picked)

    for i in late:
        # a full group takes one more where the point is strongly its own (`STRONG`)
        ties = {id(d): t for d in themes for t in [tie(i, d)] if len(d.picked) < MAX_GROUP or _five(i, d, t)}
        home = next((d for d in themes if d.theme == labels[i] and ties.get(id(d), 0.0) >= EDGE_SHARED), None)
        if home is None:  # its own run's group is full or shares nothing with it: the one it ties to most
            tied = [d for d in themes if ties.get(id(d), 0.0) >= OTHER_SHARED]
            home = max(tied, key=lambda d: ties[id(d)], default=None)
        if home is None:
            continue  # nothing ties it to a thread
        stand_in = _lead_sentence(scored, chosen, body, i)
        if stand_in is None and len(overview.picked) <= MIN_OVERVIEW:
            continue
        overview.move(i, home)
        if stand_in is not None:
            overview.add(stand_in, chosen)


def _five(i: int, group: Draft, tie: float) -> bool:
    """A full group (of `MAX_GROUP`) takes late point `i` as a fifth bullet where it is
    strongly of it (`tie` at least `STRONG`) and stands within `NEXT_TO` sentences of its
    bullets: Clarkson's flight from Argentina beside the crew stoned on the road to Chile, not
    Cardiff's welcome of Leeds fans beside a statement of its supporters five sentences on."""
    picked = group.picked
    return len(picked) == MAX_GROUP and tie >= STRONG and min(picked) - NEXT_TO <= i <= max(picked) + NEXT_TO


def _lead_sentence(scored: Scored, chosen: list[int], body: int, replaced: int) -> int | None:
    """The earliest usable sentence of the lead (before `body`, among the first
    `LEAD_SENTENCES`) that is no bullet nor a teaser (`text.en_teasers`) and says nothing a bullet
    says, nor in part what the bullet it `replaced` says ("The Rhinos were already trailing 20-4 when the former England
    skipper entered ..." for "The Leeds captain entered the action ... trailing 20-4")."""
    said = [scored.trimmed[k] for k in chosen]
    for i in scored.usable:
        if i >= body or i >= LEAD_SENTENCES:
            return None
        if i in chosen or len(scored.trimmed[i].split()) < MIN_WORDS:
            continue
        if teases(scored.trimmed[i]):
            continue  # "It's well known that exercise can make your muscles bigger": the news is elsewhere
        if repeats_any(scored.trimmed[i], said, scored.lang):
            continue
        if not _restates(scored, i, replaced, PART) and not any(_restates(scored, i, k, NEAR) for k in chosen):
            return i
    return None


def _restates(scored: Scored, i: int, k: int, share: float = RESTATES) -> bool:
    """Sentences `i` and `k` say one point: most of the shorter one's content words are the
    other's ("The video opens inside a tunnel ... 9km long electrified track" and "Opening in a
    tunnel built into a Swiss mountain, the train ...")."""
    a, b = set(scored.units[i].terms), set(scored.units[k].terms)
    return bool(a and b) and len(a & b) >= share * min(len(a), len(b))


def lead_stand_in(scored: Scored, chosen: list[int], body: int, replaced: int) -> int | None:
    """`_lead_sentence` for another step that gives an overview point away (`en_late_points.py`)."""
    return _lead_sentence(scored, chosen, body, replaced)


def restates(scored: Scored, i: int, k: int) -> bool:
    """`_restates` for another step that asks whether two bullets say one point."""
    return _restates(scored, i, k)
