"""--strict repairs: an unsupported bullet re-cited where another paragraph says it, else
written again by the engine that drafted it, else dropped (the caller says so)."""

from __future__ import annotations

from typing import Protocol

from citebrief.model import Brief, Group, Point, VerdictLabel
from citebrief.verify.checks import check_point
from citebrief.verify.index import SourceIndex


class Regenerate(Protocol):
    """--strict: the engine that drafted a brief writes an unsupported bullet again, once; the
    bullet's `support` says why it failed, the group and brief what is around it, the index
    what the article holds. None: it could not. (The engine table, `citebrief.engines`,
    gives each engine's.)"""

    def __call__(self, point: Point, group: Group, brief: Brief, index: SourceIndex, /) -> Point | None: ...


def repair(point: Point, group: Group, brief: Brief, index: SourceIndex, regenerate: Regenerate | None) -> Point | None:
    verdict = point.support
    assert verdict is not None
    if verdict.found_in:
        moved = Point(text=point.text, citations=verdict.found_in)
        moved.support = check_point(moved, index)
        if moved.support.label is VerdictLabel.supported:
            return moved
    if regenerate is not None:
        fresh = regenerate(point, group, brief, index)
        if fresh is not None:
            fresh = fresh.model_copy(update={"support": check_point(fresh, index)})
            if fresh.support is not None and fresh.support.label is VerdictLabel.supported:
                return fresh
    return None
