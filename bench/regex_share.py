"""Which regular expressions a warm brief spends its time in, pattern by pattern.

    .venv/bin/python bench/regex_share.py [--set zh-policy] [--limit 40] [--top 25]

Issue #14's warm target needs a design change, not one faster function: under cachegrind a
policy brief runs ~57 M instructions, about a quarter of them inside `re`'s matcher, spread over
a hundred patterns (the line tables, the outline's markers, the prefilters), and the rest is
bytecode, jieba and numpy in small pieces. This prints that spread: the share of the briefs'
CPU time spent inside each compiled pattern's calls (`match`, `search`, `sub`, ...), its calls a
brief, and the total of all patterns, so a change to the tables or their checks can be aimed at
the patterns that cost most and read again after.

Each call is timed from the profiler's hook (`sys.setprofile`): a cheap call (a prefilter on a
short line) is counted with part of the hook's own cost, so the shares of the patterns called
most often read high; the order of the expensive ones is what to read. The briefs are warmed up
once first (compiled patterns, jieba's dictionary), as the bench's warm timings are. Nothing here
asserts a time.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from types import FrameType
from typing import Any

from citebrief.eval.rouge import read_records
from extractive import DATA, DEFAULT_LIMITS, as_article, ours


@dataclass
class RegexShare:
    """What the briefs spent in `re`: CPU seconds in all, in patterns, and per (pattern, method)."""

    seconds: float
    briefs: int
    spent: defaultdict[tuple[str, str], float]  # CPU seconds
    calls: Counter[tuple[str, str]]

    @property
    def share(self) -> float:
        """The part of the briefs' CPU time spent inside pattern calls."""
        return sum(self.spent.values()) / self.seconds if self.seconds else 0.0


def regex_share(texts: Sequence[str], rounds: int = 1) -> RegexShare:
    """Brief each text (`ours`: segmentation and the extractive engine) once to warm up, then
    `rounds` times more with every compiled pattern's calls timed."""
    for text in texts:
        ours(text, "zh")
    spent: defaultdict[tuple[str, str], float] = defaultdict(float)
    calls: Counter[tuple[str, str]] = Counter()
    open_calls: list[tuple[tuple[str, str], float] | None] = []
    clock = time.process_time

    def hook(frame: FrameType, event: str, arg: Any) -> None:
        if event == "c_call":
            owner = getattr(arg, "__self__", None)
            if type(owner) is re.Pattern:
                open_calls.append(((owner.pattern, arg.__name__), clock()))
            else:
                open_calls.append(None)
        elif event in ("c_return", "c_exception") and open_calls:
            entry = open_calls.pop()
            if entry is not None:
                key, start = entry
                spent[key] += clock() - start
                calls[key] += 1

    previous = sys.getprofile()
    start = clock()
    sys.setprofile(hook)
    try:
        for _ in range(rounds):
            for text in texts:
                ours(text, "zh")
    finally:
        sys.setprofile(previous)
    return RegexShare(clock() - start, rounds * len(texts), spent, calls)


def report(found: RegexShare, top: int) -> None:
    print(
        f"{found.briefs} briefs, {1000 * found.seconds / found.briefs:.2f} ms CPU a brief under the hook; "
        f"inside {len(found.spent)} patterns' calls: {100 * found.share:.1f}%"
    )
    print(f"{'share':>7}{'calls/brief':>13}  {'method':<10}{'chars':>6}  pattern")
    for (pattern, method), seconds in sorted(found.spent.items(), key=lambda item: -item[1])[:top]:
        share = 100 * seconds / found.seconds
        per_brief = found.calls[pattern, method] / found.briefs
        print(f"{share:6.2f}%{per_brief:13.1f}  {method:<10}{len(pattern):>6}  {pattern[:90]!r}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--set", default="zh-policy", choices=[name for name in DEFAULT_LIMITS if name.startswith("zh")]
    )
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    texts = [as_article(r).text for r in read_records(DATA / f"{args.set}.jsonl", limit=args.limit)]
    report(regex_share(texts, args.rounds), args.top)


if __name__ == "__main__":
    main()
