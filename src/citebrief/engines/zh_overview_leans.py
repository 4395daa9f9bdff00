"""Chinese news overview picks that turn against a sentence the brief cannot bring along.

The overview is the first thing a reader sees, and `ranked_points` (eval/rouge.py) reads its
bullets as the brief's highest-ranked. A sentence that opens by turning against the one before
it ("但是献血之前，还要进行检测，……", `text/data/zh_turn_openers.tsv`) reads whole where its
bullet carries that sentence (`cited_points.carry_antecedent`: same paragraph, or the passage
before where the tool cut one block) or the overview holds it; where the writer's own paragraph
break stands between them, the bullet opens on "但是" with nothing to turn from. Such a pick
gives its place to the overview's next candidate by the same MMR, as
`en_unplaced_reference.placed_picks` does for English; the other picks stay, and so does the pick
where no other candidate is left. The wider `text.patterns.is_dangling` ("对此，……", "而……",
"这种……") was tried here and taken out: on zh-news it gave up a lead point the later overview
steps kept beside its antecedent ("对此，司法部办公厅日前印发……方案" after the problem it answers).
"""

from __future__ import annotations

import numpy as np

from citebrief.engines.scored import BEFORE, Scored, neighbour_in_reach, replace_picks
from citebrief.text.zh_turn_opening import opens_on_turn


def _stranded(scored: Scored, i: int, picked: list[int]) -> bool:
    """Whether pick `i` turns against the sentence before it, the overview does not hold that
    sentence, and the writer's paragraph break (or a heading) stands between them, so that no
    bullet can carry it (`scored.neighbour_in_reach`, as `cited_points` asks)."""
    if i in scored.carried or (i - 1) in picked or not opens_on_turn(scored.trimmed[i]):
        return False
    return i == 0 or not neighbour_in_reach(scored, scored.units[i - 1], scored.units[i], BEFORE)


def standing_picks(
    scored: Scored, candidates: list[int], picked: list[int], chosen: list[int], relevance: np.ndarray
) -> list[int]:
    """The overview's `picked` (already in `chosen`) with each Chinese pick that turns against a
    sentence it cannot bring (`_stranded`) replaced by the next of `candidates` that stands, by MMR."""
    if scored.lang != "zh":
        return picked
    loose = [i for i in picked if _stranded(scored, i, picked)]
    if not loose:
        return picked  # most overviews
    kept = [i for i in picked if i not in loose]
    pool = [i for i in candidates if i not in picked and not _stranded(scored, i, kept)]
    return replace_picks(scored, picked, loose, pool, relevance, chosen)
