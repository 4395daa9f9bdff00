"""A theme's picks trade their least specific sentence for its most specific one: a section is read
for its figures, dates, exemptions and penalties (moved out of `extractive`, which draws the brief)."""

from __future__ import annotations

from citebrief.engines.bullets import repeats_any
from citebrief.engines.scored import Scored
from citebrief.text.patterns import specific_kinds

__all__ = ["with_found_cause", "with_most_specific"]

FOUND_CAUSE = "cause-zh"  # text/data/lines.tsv: "据了解，……因……导致……", the story's cause as found
STORY_ENDS = frozenset({FOUND_CAUSE, "outcome-zh"})  # what a news item's reader asks after the events


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


def with_found_cause(
    scored: Scored, candidates: list[int], picked: list[int], chosen: list[int], relevance: list[float]
) -> list[int]:
    """A news theme's picks, sorted, holding the cause its story gives as found ("据了解，……因……
    导致迷路并发生陷车"), which a wire puts last, below the steps of the rescue it explains: the
    reader asks why as much as what happened. It takes the place of the pick that says fewest kinds
    of specifics (of those, the least relevant), never the story's outcome (目前，……已……), when it
    repeats no chosen bullet."""
    if len(picked) < 2 or any(FOUND_CAUSE in specific_kinds(scored.units[i].text) for i in picked):
        return picked
    cause = next(
        (i for i in candidates if i not in picked and FOUND_CAUSE in specific_kinds(scored.units[i].text)), None
    )
    if cause is None:
        return picked
    steps = [i for i in picked if not STORY_ENDS & specific_kinds(scored.units[i].text)]
    if not steps:
        return picked
    weakest = min(steps, key=lambda i: (scored.kinds[i], relevance[i]))
    others = [c for c in chosen if c != weakest]
    if repeats_any(scored.trimmed[cause], map(scored.trimmed.__getitem__, others), scored.lang):
        return picked
    chosen[chosen.index(weakest)] = cause
    return sorted([*(i for i in picked if i != weakest), cause])
