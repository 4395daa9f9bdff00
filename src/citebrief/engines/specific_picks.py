"""A theme's picks trade their least specific sentence for its most specific one: a section is read
for its figures, dates, exemptions and penalties (moved out of `extractive`, which draws the brief)."""

from __future__ import annotations

from citebrief.engines.bullets import repeats_any
from citebrief.engines.scored import Scored

__all__ = ["with_most_specific"]


def with_most_specific(scored: Scored, candidates: list[int], picked: list[int], chosen: list[int]) -> list[int]:
    """The picks of one theme, sorted, holding its most specific sentence (the most kinds of
    figure, date, exemption, penalty ...): it takes the place of the pick that says fewest (of
    those, the least relevant), when it repeats no chosen bullet. A section is read for its
    specifics."""
    if len(picked) < 2:
        return sorted(picked)
    kinds = scored.kinds  # candidates are usable sentences
    best = max(enumerate(candidates), key=lambda pair: (kinds[pair[1]], -pair[0]))[1]
    weakest = min(reversed(picked), key=lambda i: kinds[i])  # the MMR picks in order, the last the least relevant
    if best in picked or kinds[best] <= max(kinds[i] for i in picked):
        return sorted(picked)
    others = [c for c in chosen if c != weakest]
    if repeats_any(scored.trimmed[best], map(scored.trimmed.__getitem__, others), scored.lang):
        return sorted(picked)
    chosen[chosen.index(weakest)] = best
    return sorted([*(i for i in picked if i != weakest), best])
