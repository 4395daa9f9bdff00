"""An English news theme whose bullets relate to no one another folds into the groups around it:
fewer, larger themes read better than a group of three unrelated sentences under one title.

Where a run of sentences (`runs.py`) holds no thread, the bullets picked from it share no word,
name or person with each other (a defender's viral clip, a mother's laugh, a boy's dream of Real
Madrid), and no title names what all of them say. Each such bullet goes to the group it shares
most with (its persons, or `ALONE` of their weighed words with one bullet), all of them to one
group so that a quotation's sentences stay together, else to the group before it in the article
(after it, for the first); only where that group has room (`max_group`) and two theme groups at
least stay (`min_groups`). A group holding one sentence and the next of one paragraph is a thread
read on, whatever its words: it folds only into a group it shares with, not into the group before
for want of one (an opinion column's closing words on social media and "the power of the press"
went under its celebrities' group, en-cnndm 199). Such a thread reads on from the passage before it
too, which goes on from the group whose bullet comes last before it: where the thread's own words tie
to that group, the passage's sentences (`LEAD_IN` at most) count as its own in weighing that group,
so a cabin's crew-rest rules after the Boeing passage go to the Boeing group, not to an earlier
design's group sharing one word ("bunk") with them; that group full, they stay a group of their own
(en-cnndm 198). English runs of sentences only (`en_groups`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import pairwise
from typing import NamedTuple

from citebrief.engines.scored import Draft

ALONE = 0.05  # shared weighed words under which two bullets tell of different things (`en_loners.ALONE`)
LEAD_IN = 4  # sentences before a thread, past the last bullet before it, that it reads on from, at most

Similarity = Callable[[dict[str, float], dict[str, float]], float]


class LeadIn(NamedTuple):
    """The passage a thread reads on from: the group whose bullet comes last before it (None for
    none) and the weights of the sentences between the two, which count with the thread's own in
    weighing that group."""

    group: Draft | None
    said: tuple[dict[str, float], ...]


_NO_LEAD_IN = LeadIn(None, ())


def fold_unrelated(
    drafts: list[Draft],
    weights: dict[int, dict[str, float]],
    who: dict[int, str],
    similarity: Similarity,
    *,
    min_groups: int,
    max_group: int,
    paragraphs: Sequence[int] = (),
    sentences: Mapping[int, dict[str, float]] | None = None,
) -> list[Draft]:
    """`drafts` (the theme groups, in the article's order) with each group of two bullets or
    more that holds no related pair (`weights`, `similarity`, `who`: each bullet's person)
    folded into the others; one that reads on (`paragraphs`: each sentence's) only into a group
    it shares with, the sentences it reads on from weighed with it where `sentences` (every
    sentence's weights) is given. Returns the groups left, in order."""

    def tie(i: int, j: int) -> float:
        return 1.0 if who[i] and who[i] == who[j] else similarity(weights[i], weights[j])

    def near(said: dict[str, float], j: int) -> float:  # a sentence of the passage before and bullet `j`
        return similarity(said, weights[j])

    groups = sorted(drafts, key=lambda d: min(d.picked))
    for draft in list(groups):
        if len(groups) <= min_groups or len(draft.picked) < 2:
            continue
        if any(tie(i, j) >= ALONE for i in draft.picked for j in draft.picked if i < j):
            continue
        # one sentence going on from the one before it is a thread, whatever its words: it folds
        # only into a group whose words it shares, not into a neighbour for want of one
        thread = _reads_on(draft.picked, paragraphs)
        lead_in = _lead_in(draft, groups, sentences) if thread and sentences is not None else _NO_LEAD_IN
        home = _home(draft, groups, tie, max_group, tied_only=thread, lead_in=lead_in, near=near)
        if home is None:
            continue
        home.picked = sorted([*home.picked, *draft.picked])
        groups.remove(draft)
    return groups


def _reads_on(picked: list[int], paragraphs: Sequence[int]) -> bool:
    """Whether two of `picked` are one sentence and the next of one paragraph (`paragraphs`:
    each sentence's; none given, no pair is)."""
    return any(j == i + 1 and j < len(paragraphs) and paragraphs[i] == paragraphs[j] for i, j in pairwise(picked))


def _lead_in(draft: Draft, groups: list[Draft], sentences: Mapping[int, dict[str, float]]) -> LeadIn:
    """The group whose bullet comes last before `draft`'s first (of `groups`; None for none) and the
    weights (of `sentences`) of the sentences between the two (`LEAD_IN` at most, the nearest): the
    passage a thread reads on from, which goes on from that group's."""
    first = min(draft.picked)
    before = max((j for g in groups if g is not draft for j in g.picked if j < first), default=-1)
    group = next((g for g in groups if before in g.picked), None)
    return LeadIn(group, tuple(sentences[j] for j in range(max(before + 1, first - LEAD_IN), first) if j in sentences))


def _home(
    draft: Draft,
    groups: list[Draft],
    tie: Callable[[int, int], float],
    max_group: int,
    *,
    tied_only: bool = False,
    lead_in: LeadIn = _NO_LEAD_IN,
    near: Callable[[dict[str, float], int], float] | None = None,
) -> Draft | None:
    """The one group all of `draft`'s bullets go to, so that the sentences of one quotation stay
    together: the one they tie to most (each bullet's closest tie there, summed, and, where one
    ties to the group `lead_in` names, that of each sentence of the passage read on from, as `near`
    weighs it), else the neighbour before (after, for the first group) unless `tied_only`; None
    where it would grow past `max_group`."""
    at = groups.index(draft)
    others = [g for g in groups if g is not draft]
    neighbour = groups[at - 1] if at else groups[at + 1]

    def pull(group: Draft) -> float:
        ties = [t for t in (max(tie(i, j) for j in group.picked) for i in draft.picked) if t >= ALONE]
        if ties and group is lead_in.group and near is not None:  # only a group its own words tie to
            ties += [max(near(said, j) for j in group.picked) for said in lead_in.said]
        return sum(t for t in ties if t >= ALONE)

    best = max(others, key=pull)
    if pull(best) <= 0 and tied_only:
        return None
    home = best if pull(best) > 0 else neighbour
    return home if len(home.picked) + len(draft.picked) <= max_group else None
