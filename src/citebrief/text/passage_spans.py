"""Which sentence spans fall in each passage of a one-block text (`segment._passage_spans`), in one
pass: a filter per passage was quadratic in the text (issue #14); and how those spans are counted
where a quiet caption cut parted a sentence (`rejoined`, `unjoined`: moved here from segment.py,
which had reached its 600 lines)."""

from __future__ import annotations

import bisect
import itertools

Spans = list[tuple[int, int]]


def spans_by_passage(spans: Spans, cuts: list[int]) -> list[Spans]:
    """The spans that start in each passage [cuts[k], cuts[k + 1]), in their order, found in one
    pass over the spans: one pass per passage was quadratic (a 680,000-character block has ~1,700
    passages and ~7,000 sentences). Cuts out of order are read the slow way, which allows them."""
    bounds = list(itertools.pairwise(cuts))
    if any(low > high for low, high in bounds):
        return [[span for span in spans if low <= span[0] < high] for low, high in bounds]
    each: list[Spans] = [[] for _ in bounds]
    for span in spans:
        k = bisect.bisect_right(cuts, span[0]) - 1
        if 0 <= k < len(bounds) and span[0] < cuts[k + 1]:
            each[k].append(span)
    return each


def rejoined(spans: Spans, quiet: set[int]) -> Spans:
    """The sentence spans, each joined to the one before where only a quiet caption cut parted
    them: passages count sentences as they did before those cuts, so that the [n] of a one-block
    article stay where they were and only the run-on sentence is cut."""
    if not quiet:
        return spans
    joined: Spans = []
    for start, end in spans:
        if joined and start in quiet:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def unjoined(start: int, end: int, cuts: list[int], plain: Spans) -> Spans:
    """A sentence span, or the plain spans it joined where a passage cut falls inside it."""
    if not any(start < cut < end for cut in cuts):
        return [(start, end)]
    return [(a, b) for a, b in plain if start <= a < end]
