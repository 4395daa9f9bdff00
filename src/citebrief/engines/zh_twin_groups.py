"""A Chinese news brief's two theme groups that are one topic cut in two become one group.

A short feature read in runs (the airport mechanics who wave planes off, a village's rural
tourism) gets two theme groups however little it has to split: the themes' cut falls inside a
paragraph, and each group's bullets are as like the other group's as their own (MMR picked each
group's bullets as unlike each other as it could). Readers mark such a brief down as "related
points split across groups", and the two titles ("航班" and "飞机", "旅游高峰期" and "乡村旅游一条街")
name one topic twice. Here, on the final groups, before their titles are chosen, two theme groups
become one where both hold:

- they share a paragraph: the writer's own cut between paragraphs is kept (a prosecutors' report
  on private firms then on financial crime, an ecologist's aims then his bases, each in its own
  paragraphs, read worse as one group);
- the bullets' similarity across the two groups (the mean of their sentence vectors' cosines) is
  at least each group's own, and 0.05 at least (two groups of strangers are not one topic).

The merged group keeps five bullets at most: of six, the one least like the rest goes, one
without a figure where there is one (the roar of landing planes, not the 40 minutes a check
takes). Only a brief of two theme groups is read (of more, each split is a choice among several
and merging read worse on the parallel cases and places of a report); policies, essays, English
and a brief asked for a number of groups are left as they are (the caller does not call it).
"""

from __future__ import annotations

from itertools import combinations

import numpy as np

from citebrief.engines.scored import Draft, Scored, figures_in
from citebrief.engines.themes import Themes

MAX_MERGED = 5  # bullets one merged group keeps
MIN_ACROSS = 0.05  # the two groups' bullets are at least this alike across, on average


def twins_merged(scored: Scored, drafts: list[Draft], themes: Themes | None, chosen: list[int]) -> list[Draft]:
    """The groups (`drafts`, the overview first; changed in place), a brief's two theme groups of
    one topic made one, its weakest bullet left out of `chosen` where six would be too many.
    Unchanged where `themes` is None or not a run of sentences, or there are not two theme groups."""
    if themes is None or themes.sentences is None or len(drafts) != 3:
        return drafts
    first, second = drafts[1], drafts[2]
    if len(first.picked) + len(second.picked) > MAX_MERGED + 1:
        return drafts  # two bullets or more to leave out: the merge would cost coverage
    if not {scored.units[i].paragraph for i in first.picked} & {scored.units[i].paragraph for i in second.picked}:
        return drafts  # each group its own paragraphs: the writer's cut, kept
    bullets = [*first.picked, *second.picked]
    similar = {i: scored.sentence_vectors.similarities(i) for i in bullets}

    def alike(pairs: list[tuple[int, int]]) -> float:
        """The mean similarity of the pairs' sentences (0 where there are none)."""
        return float(np.mean([similar[a][b] for a, b in pairs])) if pairs else 0.0

    within = max(alike(list(combinations(first.picked, 2))), alike(list(combinations(second.picked, 2))))
    across = alike([(a, b) for a in first.picked for b in second.picked])
    if across < MIN_ACROSS or across < within:
        return drafts
    merged = sorted(bullets)
    if len(merged) > MAX_MERGED:
        plain = [i for i in merged if not figures_in(scored.trimmed[i])] or merged
        weakest = min(plain, key=lambda i: sum(float(similar[i][j]) for j in merged if j != i))
        merged.remove(weakest)
        chosen.remove(weakest)
    first.picked = merged
    del drafts[2]  # the caller's list: the second group leaves the brief
    return drafts
