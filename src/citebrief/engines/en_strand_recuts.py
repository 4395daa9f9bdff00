"""Two neighbouring English theme groups whose runs cut through a passage, and that together hold
more bullets than one group may, are re-cut at that passage's edge where their bullets' shared rare
words change there.

An English news story is grouped in runs of its sentences, and a run may stop inside a passage,
one sentence short of the place where the story turns: "When she posted a picture to Instagram
many of her followers couldn't believe their eyes" closed the group of her Disney looks while the
follower's comment on that picture, the next sentence, opened the group of her tutorials. Two such
groups cannot join (together they hold more than `MAX_GROUP` bullets: `en_twin_joins` leaves them
where no edge bullet goes home) and moving one edge bullet by a shared word (`en_edge_ties`) asks
only what that bullet shares. Here the pair's bullets are read in article order as one sequence, and
the two cuts that keep the passage the runs cut whole (just before it, just after it) are scored,
where each leaves both sides `MIN_GROUP` to `MAX_GROUP` bullets and parts no bullet from the one
it reads on from (`en_story_splits.goes_on`: a pronoun, an unattributed quotation), by how much
the bullets share (`en_groups.similarity`, rare words weighed) within their side against across
the cut; where one scores clearly better (`MARGIN`) than the runs' own cut, the two groups are
re-cut there: the same bullets, none dropped, titles chosen afresh by the usual code. Any cut
between passages (a night out parted from a court case three bullets on) gave poorer titles, and
a smaller margin moved a team's injury news into the group of the opposing manager. A pair the
runs cut between passages keeps its cut: a read of re-cuts there (the same score, any cut) found
most of 13 briefs worse (a father's words parted from the quotation that follows them, a sentence
parted from her charges, titles such as "Civil War" for a travel photographer's group). A score of
the bullets either side of each cut alone (two and two) found no better. English news and features
read in runs only (`final_groups`' en_news).
"""

from __future__ import annotations

from itertools import combinations, pairwise

from citebrief.engines.en_actor_groups import leans
from citebrief.engines.en_groups import bullet_weights, similarity
from citebrief.engines.en_story_splits import goes_on
from citebrief.engines.scored import Draft, Scored

MIN_GROUP = 2  # bullets each re-cut group keeps, at least
MAX_GROUP = 5  # bullets each re-cut group holds, at most (a folded group's size)
MARGIN = 0.03  # how much better (within less across) a cut must read than the runs' own cut


def strands_recut(scored: Scored, drafts: list[Draft]) -> int:
    """Re-cuts each pair of neighbouring theme groups of `drafts` (overview first) too big to join
    where another cut between passages reads clearly better (module doc). Returns how many pairs."""
    themes = sorted(drafts[1:], key=lambda d: min(d.picked))
    units = scored.units
    weights: dict[int, dict[str, float]] = {}  # weighed once a pair asks (most briefs have none)
    recut = 0
    for before, after in pairwise(themes):
        if max(before.picked) > min(after.picked) or len(before.picked) + len(after.picked) <= MAX_GROUP:
            continue  # interleaved runs, or a pair that fits one group (`en_pair_joins`' to judge)
        if units[max(before.picked)].paragraph != units[min(after.picked)].paragraph:
            continue  # the runs cut between passages, where the writer turned
        weights = weights or bullet_weights(units, [k for d in drafts for k in d.picked], scored.trimmed)
        run = sorted(before.picked + after.picked)
        shared = {(a, b): similarity(weights[a], weights[b]) for a, b in combinations(run, 2)}

        def reading(cut: int, run: list[int] = run, shared: dict[tuple[int, int], float] = shared) -> float:
            sides = (run[:cut], run[cut:])
            within = [shared[p] for side in sides for p in combinations(side, 2)]
            across = [shared[(a, b)] for a in sides[0] for b in sides[1]]
            return sum(within) / len(within) - sum(across) / len(across)

        own = len(before.picked)
        split = units[run[own]].paragraph  # the passage the runs' cut falls inside
        mending = (
            min(c for c in range(1, len(run)) if units[run[c]].paragraph == split),
            max(c for c in range(1, len(run)) if units[run[c - 1]].paragraph == split) + 1,
        )  # the cuts just before and just after that passage, which keep it in one group
        cuts = [
            c
            for c in mending
            if MIN_GROUP <= c <= len(run) - MIN_GROUP
            and c <= MAX_GROUP
            and len(run) - c <= MAX_GROUP
            and not goes_on(units[run[c]].text, leans)
        ]
        if not cuts:
            continue
        best = max(cuts, key=reading)
        if reading(best) < reading(own) + MARGIN:
            continue
        before.picked, after.picked = run[:best], run[best:]
        before.title = after.title = ""
        recut += 1
    return recut
