"""A short English story's second and last theme group, a pair telling its first theme on, joins it.

`en_pair_joins` joins a pair that names nothing new to the theme group before it only where two
theme groups stay, so a short story told as its key points and two themes keeps a last pair that
is the end of the theme before: a frozen fly's struggle under "Legs", then "Nothing seems to
work ..." and the heat gun that frees it under "Little Heat Gun"; a researcher's account of his
colour graph, then his further words on the price of paint. Where the brief has just two theme
groups, the second a pair that reads as a fragment of the first (`en_pair_joins.fragment_of`),
and the pair shares more of its weighed words (`en_groups.similarity`) with the first than with
the overview, the pair joins it: the brief reads as its key points and one theme. A pair that
goes back to the lead's matter stays (an air gun consultation the overview names, after a cat
owner's words), as does one sharing nothing with the group before (a care providers' objection
after the commissioner's aims): the names alone do not tell a fragment when one theme is left.
English news and features read in runs only (not asked for --groups, not a policy or essay).
"""

from __future__ import annotations

from citebrief.engines.en_groups import bullet_weights, similarity
from citebrief.engines.en_pair_joins import fragment_of
from citebrief.engines.scored import Draft, Scored

THEMES = 2  # theme groups of the brief whose last pair may join


def last_pair_joined(scored: Scored, drafts: list[Draft]) -> bool:
    """Moves the bullets of the second of two theme groups of `drafts` (overview first) into the
    first where the pair tells it on (module doc). Returns whether it joined."""
    if len(drafts) != THEMES + 1:
        return False
    overview = drafts[0]
    before, pair = sorted(drafts[1:], key=lambda d: min(d.picked))
    if not overview.picked or not fragment_of(scored.trimmed, overview, before, pair):
        return False
    everyone = [k for d in drafts for k in d.picked]
    weights = bullet_weights(scored.units, everyone, scored.trimmed)

    def share(a: Draft, b: Draft) -> float:
        pairs = [similarity(weights[x], weights[y]) for x in a.picked for y in b.picked]
        return sum(pairs) / len(pairs)

    if share(pair, before) <= share(pair, overview):
        return False  # the pair goes back to the lead's matter, or shares nothing with the group before
    for bullet in list(pair.picked):
        pair.move(bullet, before)
    drafts.remove(pair)
    return True
