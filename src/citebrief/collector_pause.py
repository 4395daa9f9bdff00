"""Python's cycle collector paused while the extractive engine drafts a brief (issue #14).

A warm draft makes and drops tens of thousands of objects that reference counting frees (none
left in cycles on the shared sets: `gc.collect()` after a draft finds 0), yet the collector's
passes go over them as they pile up, and now and then a full pass over every long-lived table
(~40 ms each): paused, a warm brief costs 1.4% fewer instructions on zh-policy, 6% on zh-clts
(bench/README.md). Nothing is put off: what a draft drops is freed as before, and what it
leaves in cycles (a raised error's traceback) waits for the resume.

The collector is one switch for the whole process and the web app drafts in worker threads, so
the pause is counted under a lock: the first draft to start pauses it, the last to end resumes
it, and only if it was running when the first started (the CLI holds it off through its first
brief and resumes it itself); one that ends while others still draft collects as the collector
would have, so that threads drafting without a gap keep memory bounded. A `gc.freeze()` after
warm-up was the other way: it spares the full passes only (not the young ones), and what counts
as warm is the embedding program's to say.
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")


class _Pause:
    """How many drafts run now, and whether the last to end turns the collector back on."""

    lock = threading.Lock()
    running = 0
    resume = False


def pause() -> None:
    """One more draft runs: the first of them turns the collector off."""
    with _Pause.lock:
        if _Pause.running == 0:
            _Pause.resume = gc.isenabled()
            gc.disable()
        _Pause.running += 1


def end() -> None:
    """One draft ended: the last of them turns the collector back on, if the first turned it off;
    one that ends while others still draft collects as the collector would have by now."""
    with _Pause.lock:
        _Pause.running -= 1
        if _Pause.running == 0 and _Pause.resume:
            _Pause.resume = False
            gc.enable()
            return
        overlapped = _Pause.running > 0 and _Pause.resume
    if overlapped:  # outside the lock: a finalizer the collection runs may draft
        _catch_up()


def _catch_up() -> None:
    """The collection the collector would have run by now, had it been on: where a server's threads
    draft one after another without a gap, the pause never ends, and the cycles their other work
    makes would pile up. The oldest generation whose count is past its threshold, as CPython picks."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if not thresholds[0] or counts[0] <= thresholds[0]:
        return
    gc.collect(next((g for g in (2, 1) if counts[g] > thresholds[g]), 0))


def collector_paused(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """`func` run with the collector paused (counted: see the module's docstring), resumed however it ends."""

    @functools.wraps(func)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        pause()
        try:
            return func(*args, **kwargs)
        finally:
            end()

    return paused
