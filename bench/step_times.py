"""CPU time of named steps inside the extractive engine's briefs, as shares of the brief.

    PYTHONPATH=src:bench .venv/bin/python bench/step_times.py --set zh-news [--limit 50] \
        [--within citebrief.engines.final_groups ...] [citebrief.segment:build_document ...]

cProfile's hook runs on every Python call, so it weighs a step by how many small calls it makes,
not by what it costs: `en_title_distinct._written` (one pass over the article's words, a
generator step a word) was 2.6% of an en-cnndm brief under cProfile and 0.4% of its instructions
under cachegrind. Here each named function, or every function a `--within` module binds (a stage's
steps: what `final_groups` or `en_title_steps` imports), is wrapped at every name it is bound to in
the loaded citebrief modules (a `from … import` binding too), and its thread CPU time is counted at
its outermost call only. The articles run once to load every module, then each article once more
untimed and `--rounds` times timed in a row (the caches as warm as for the bench's median of three runs
of an article in a row: a bounded table, `word_classes`, keeps the article's words). The shares of a step and a
step inside it overlap. A wrapper costs ~1 µs a call: what a wrapped function that does nothing
reads (`floor`) is taken off each row, and the wrappers' whole cost is printed, so that a function
called thousands of times a brief (a word's family) reads as what it costs. A function a module
keeps in a table (a list of steps) is called through the table, unwrapped: name the caller.
Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import extractive as bench
from citebrief.eval.rouge import read_records

_PACKAGE = "citebrief"


@dataclass
class StepTime:
    """One timed function: its label, the outermost calls made and their thread CPU seconds."""

    label: str
    calls: int = 0
    seconds: float = 0.0
    _depth: int = field(default=0, repr=False)

    def wrap(self, function: Callable[..., Any]) -> Callable[..., Any]:
        """`function`, its outermost calls timed (a recursive or re-entered call is inside one)."""

        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            self._depth += 1
            start = time.thread_time() if self._depth == 1 else 0.0
            try:
                return function(*args, **kwargs)
            finally:
                self._depth -= 1
                if not self._depth:
                    self.seconds += time.thread_time() - start
                    self.calls += 1

        return timed


def _nothing() -> None:
    return None


def floor(calls: int = 20_000) -> tuple[float, float]:
    """(seconds a row reads for one call of a wrapped function that does nothing, seconds one
    call of a wrapper adds to its caller's time), measured here."""
    row = StepTime("floor")
    wrapped = row.wrap(_nothing)
    start = time.thread_time()
    for _ in range(calls):
        _nothing()
    bare = time.thread_time() - start
    start = time.thread_time()
    for _ in range(calls):
        wrapped()
    whole = time.thread_time() - start
    return row.seconds / calls, max(whole - bare, 0.0) / calls


def _modules() -> list[ModuleType]:
    return [m for m in list(sys.modules.values()) if getattr(m, "__name__", "").startswith(_PACKAGE)]


def _steps_within(module_name: str) -> dict[str, Callable[..., Any]]:
    """The functions `module_name` binds (its own and those it imports from the package), by label."""
    module = importlib.import_module(module_name)
    found = {}
    for name, value in vars(module).items():
        if isinstance(value, type) or not callable(value) or name.startswith("__"):
            continue
        home = getattr(value, "__module__", "") or ""
        if home.startswith(_PACKAGE):
            found[f"{home}:{getattr(value, '__name__', name)}"] = value
    return found


def _named(target: str) -> Callable[..., Any]:
    module_name, _, name = target.partition(":")
    function: Callable[..., Any] = getattr(importlib.import_module(module_name), name)
    return function


@contextmanager
def timed(functions: dict[str, Callable[..., Any]]) -> Iterator[list[StepTime]]:
    """The functions wrapped at every binding in the loaded package modules while the block runs,
    each original put back after it."""
    rows = []
    replaced: list[tuple[ModuleType, str, Any]] = []
    for label, function in functions.items():
        row = StepTime(label)
        wrapper = row.wrap(function)
        for module in _modules():
            for name, value in list(vars(module).items()):
                if value is function:
                    replaced.append((module, name, value))
                    setattr(module, name, wrapper)
        rows.append(row)
    try:
        yield rows
    finally:
        for module, name, value in reversed(replaced):
            setattr(module, name, value)


def step_times(
    set_name: str, limit: int, targets: list[str], within: list[str], rounds: int = 1
) -> tuple[float, list[StepTime]]:
    """Thread CPU seconds of one timed pass over the set's first `limit` articles (per round), and
    each timed function's calls and seconds (per round)."""
    articles = [bench.as_article(r) for r in read_records(bench.DATA / f"{set_name}.jsonl", limit=limit)]
    for article in articles:  # every module loaded, the caches warm
        bench.ours(article.text, article.lang)
    functions: dict[str, Callable[..., Any]] = {}
    for module_name in within:
        functions.update(_steps_within(module_name))
    for target in targets:
        functions[target] = _named(target)
    total = 0.0
    with timed(functions) as rows:
        for article in articles:
            # the article once more, its counts dropped: what it caches is warm when timed, as in the
            # bench, whose median of three runs of an article in a row reads its second or third
            kept = [(row.calls, row.seconds) for row in rows]
            bench.ours(article.text, article.lang)
            for row, (calls, seconds) in zip(rows, kept, strict=True):
                row.calls, row.seconds = calls, seconds
            start = time.thread_time()
            for _ in range(rounds):
                bench.ours(article.text, article.lang)
            total += time.thread_time() - start
    for row in rows:
        row.calls, row.seconds = row.calls // rounds, row.seconds / rounds
    return total / rounds, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("targets", nargs="*", help="module:function to time")
    parser.add_argument("--set", default="zh-news", dest="set_name")
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--within", nargs="*", default=[], help="time every function these modules bind")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    total, rows = step_times(args.set_name, args.limit, args.targets, args.within, args.rounds)
    own, added = floor()
    count = min(args.limit, len(read_records(bench.DATA / f"{args.set_name}.jsonl", limit=args.limit)))
    wrappers = added * sum(row.calls for row in rows)
    print(f"{args.set_name}: {1000 * total / count:.2f} ms CPU an article ({count} articles, warm), of which the")
    print(f"wrappers ~{1000 * wrappers / count:.2f} ms ({1e6 * added:.2f} µs a call;", end=" ")
    print(f"{1e6 * own:.2f} µs taken off each row's calls)")
    print(f"{'share':>7}{'ms/article':>12}{'calls/article':>15}  step")
    for row in sorted(rows, key=lambda r: -(r.seconds - own * r.calls)):
        if row.calls:
            seconds = max(row.seconds - own * row.calls, 0.0)
            share = 100 * seconds / (total - wrappers) if total > wrappers else 0.0
            print(f"{share:>6.1f}%{1000 * seconds / count:>12.3f}{row.calls / count:>15.1f}  {row.label}")


if __name__ == "__main__":
    main()
