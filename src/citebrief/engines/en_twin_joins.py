"""Two neighbouring English theme groups cut through one passage join, where their edge bullets go home.

An English news story is grouped in runs of its sentences, and where a run ends inside a passage
the strand goes on in the next group under a second title: the couple who map the airmail arrows
in one group, their own words on the search in the next ("Fellow Fans" / "Portions of Arrows").
Readers mark such a brief down ("B.B. King's health split across two near-duplicate groups"), and
the step that joins a small group to the one before (`en_pair_joins`) leaves these apart because
the two hold more than `MAX_GROUP` bullets together. Often the pair's first bullet is itself a
stray of the group before it: a sentence lying inside that group's run ("By 1929, the arrows could
direct flights all the way across the width of America", between two sentences of the airmail
history). Here two theme groups that follow one another in the article, the last bullet of the
first and the first of the second from one passage (the cut falls inside it), sharing more of
their weighed words (`en_groups.similarity`) with each other than either shares with any other
theme group, become one group where their edge bullets that lie inside a neighbour's run go to
that neighbour (where it has room) and leave them `MAX_GROUP` bullets or fewer. No bullet is
dropped to make room: the blind reads of joins that let the pair's weakest quotation lines go
found the brief worse (a line the next bullet answers, a child's health, a depression the later
"mental health" leans on), as an earlier merge step's read did. English news and features read in
runs only (not asked for --groups, not a policy or essay), where `MIN_THEMES` theme groups stay;
once a brief.
"""

from __future__ import annotations

from itertools import pairwise

from citebrief.engines.en_groups import bullet_weights, similarity
from citebrief.engines.scored import Draft, Scored

MAX_GROUP = 5  # bullets a joined group holds (a folded group's size)
MIN_THEMES = 2  # theme groups the brief keeps, at least


def twins_joined(scored: Scored, drafts: list[Draft]) -> bool:
    """Joins the first pair of theme groups of `drafts` (overview first) cut through one passage
    and about one thing that fits one group once its edge bullets have gone home (module doc).
    Returns whether it joined."""
    themes = sorted(drafts[1:], key=lambda d: min(d.picked))
    if len(themes) <= MIN_THEMES:
        return False
    units = scored.units
    everyone = [k for d in drafts for k in d.picked]
    weights = bullet_weights(units, everyone, scored.trimmed)

    def share(a: Draft, b: Draft) -> float:
        pairs = [similarity(weights[x], weights[y]) for x in a.picked for y in b.picked]
        return sum(pairs) / len(pairs)

    for place, (before, after) in enumerate(pairwise(themes)):
        over = len(before.picked) + len(after.picked) - MAX_GROUP
        if (
            max(before.picked) > min(after.picked)
            or units[max(before.picked)].paragraph != units[min(after.picked)].paragraph
        ):
            continue  # interleaved, or the cut falls between passages: two strands, as the writer set them
        edges = _edges(themes, place)[: max(over, 0)]
        if over <= 0 or len(edges) < over:
            continue  # a pair that fits is `en_pair_joins`' to judge; one that does not stays
        others = [share(k, c) for k in (before, after) for c in themes if c is not before and c is not after]
        if share(before, after) <= max(others, default=0.0):
            continue
        join_twins(drafts, before, after, edges)
        return True
    return False


def _edges(themes: list[Draft], place: int) -> list[tuple[int, Draft]]:
    """The edge bullets of the pair `themes[place]`, `themes[place + 1]` that go to the group on
    their other side: the first's first bullet where it lies inside the run of the group before
    (that group's last bullet comes after it in the article), the second's last likewise inside
    the run of the group after, each where that group has room."""
    moves = []
    if place > 0:
        first, before = min(themes[place].picked), themes[place - 1]
        if len(before.picked) < MAX_GROUP and min(before.picked) < first < max(before.picked):
            moves.append((first, before))
    if place + 2 < len(themes):
        last, after = max(themes[place + 1].picked), themes[place + 2]
        if len(after.picked) < MAX_GROUP and min(after.picked) < last < max(after.picked):
            moves.append((last, after))
    return moves


def join_twins(drafts: list[Draft], before: Draft, after: Draft, edges: list[tuple[int, Draft]]) -> None:
    """`after` joins `before` and leaves `drafts`, each of `edges`' bullets (from either twin)
    first moved to its home group: the one join of twins, by words or by title (`en_title_twins`)."""
    for bullet, home in edges:
        (before if bullet in before.picked else after).move(bullet, home)
    for bullet in list(after.picked):
        after.move(bullet, before)
    drafts.remove(after)
