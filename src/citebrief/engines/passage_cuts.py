"""A lead cut that snapping to one of our passage breaks cost, kept where it regroups the passages.

A Chinese article pasted as one block is cut by us into passages of a few sentences: their
breaks are no writer's paragraphs. `runs` moves a valley of cohesion onto the break next to it;
moved back one sentence, a lead cut can leave the first run short of room (the overview took its
sentences) and be refused, so that the first run swallows several regions (zh-news 42: Hebei,
Beijing and Tianjin in one group). The valley's own cut is then taken, but only where it changes
which passages share a run (a passage goes with the run of its first sentence), by
MIN_REGROUPED passages at least: where the runs cut at the next break anyway, it would only split
that passage's sentences between two groups, and one passage of ours more or less in the lead
run says little (zh-news 92, 143: the lead's key finding went to a person-titled group).
"""

from __future__ import annotations

import numpy as np

MIN_REGROUPED = 2  # passages that the valley's own cut puts in another run than the cuts without it


def passage_runs(cuts: list[int], paragraph: np.ndarray) -> list[int]:
    """The run of each passage, that of its first sentence, where `cuts` are gaps between
    positions (gap g lies between positions g and g + 1) and `paragraph` each position's passage."""
    firsts = np.flatnonzero(np.concatenate(([True], paragraph[1:] != paragraph[:-1])))
    starts = np.sort(np.array(cuts, dtype=int) + 1)
    runs: list[int] = np.searchsorted(starts, firsts, side="right").tolist()
    return runs


def regroups(unsnapped: list[int], snapped: list[int], paragraph: np.ndarray) -> bool:
    """Whether the cuts with a valley's own cut put MIN_REGROUPED passages or more in other runs
    than the cuts without it, where those cut at all (where nothing else cuts, `topic_turns`
    looks for the turn)."""
    if not snapped:
        return False
    moved = sum(
        a != b for a, b in zip(passage_runs(unsnapped, paragraph), passage_runs(snapped, paragraph), strict=True)
    )
    return moved >= MIN_REGROUPED
