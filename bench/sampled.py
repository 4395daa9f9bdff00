"""Where a warm brief's time goes, sampled rather than traced.

    .venv/bin/python bench/sampled.py [--sets zh-news en-cnndm] [--limit 50] [--rounds 20]
                                      [--focus group_title] [--top 30]

cProfile charges every Python call its own bookkeeping, so code made of many small calls (the
title steps, the chunkers) looks two to three times its share, and a loop of plain operations
looks cheap. Here a CPU-time timer (ITIMER_PROF) interrupts the loop every `--interval` seconds
and the stack it finds is counted: each function's inclusive share (the samples it is on the
stack for), its own share (on top), and with `--focus NAME` what the functions NAME calls take
of the whole. The loop is `bench/extractive.py`'s `ours` over each set's first `--limit` articles,
after one warm-up pass, `--rounds` times (the regime `bench/interleaved.py` times: caches kept
across briefs are warm, the per-brief ones are not).

A C call's time goes to the Python frame that made it, and a signal is handled between
bytecodes, so a share is good to a percent or two; run `--rounds` high enough for ~1,000
samples a set. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
import warnings
from collections import Counter
from types import FrameType

import extractive as bench

ROOT_MARK = "/src/"  # a frame's file is shown from the package down


def _key(frame: FrameType) -> str:
    code = frame.f_code
    return f"{code.co_filename.split(ROOT_MARK)[-1]}:{code.co_firstlineno}({code.co_name})"


class Sampler:
    """Stack counts taken at each tick of the process's CPU-time timer."""

    def __init__(self, focus: str | None) -> None:
        self.focus = focus
        self.samples = 0
        self.inclusive: Counter[str] = Counter()
        self.own: Counter[str] = Counter()
        self.children: Counter[str] = Counter()

    def tick(self, _signal: int, frame: FrameType | None) -> None:
        self.samples += 1
        seen: set[str] = set()
        child = None
        top = True
        while frame is not None:
            key = _key(frame)
            if top:
                self.own[key] += 1
                top = False
            if key not in seen:
                self.inclusive[key] += 1
                seen.add(key)
                if child is not None and frame.f_code.co_name == self.focus:
                    self.children[child] += 1
            child = key
            frame = frame.f_back

    def report(self, top: int) -> None:
        def rows(title: str, counts: Counter[str]) -> None:
            print(f"  -- {title}")
            for key, count in counts.most_common(top):
                print(f"  {100 * count / max(self.samples, 1):5.1f}%  {key}")

        rows("inclusive", self.inclusive)
        rows("own", self.own)
        if self.focus:
            rows(f"called by {self.focus}", self.children)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sets", nargs="+", default=["zh-news", "en-cnndm"])
    parser.add_argument("--limit", type=int, default=50, help="articles of each set")
    parser.add_argument("--rounds", type=int, default=20, help="sampled passes over them")
    parser.add_argument("--focus", help="a function's name: what the functions it calls take")
    parser.add_argument("--top", type=int, default=30, help="rows of each table")
    parser.add_argument("--interval", type=float, default=0.0005, help="seconds of CPU between samples")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    for name in args.sets:
        articles = [bench.as_article(r) for r in bench.read_records(bench.DATA / f"{name}.jsonl", limit=args.limit)]
        for article in articles:  # warm: imports, tables, caches kept across briefs
            bench.ours(article.text, article.lang)
        sampler = Sampler(args.focus)
        signal.signal(signal.SIGPROF, sampler.tick)
        signal.setitimer(signal.ITIMER_PROF, args.interval, args.interval)
        start = time.process_time()
        for _ in range(args.rounds):
            for article in articles:
                bench.ours(article.text, article.lang)
        spent = time.process_time() - start
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        per_brief = 1000 * spent / (len(articles) * args.rounds)
        print(f"{name}: {per_brief:.2f} ms a brief (CPU, with sampling), {sampler.samples} samples")
        sampler.report(args.top)
        sys.stdout.flush()


if __name__ == "__main__":
    main()
