"""The most a faster version of one function could save a warm brief, measured before writing it.

    .venv/bin/python bench/oracle.py citebrief.text.patterns:is_structure [more module:function ...]
                                     [--sets zh-policy zh-news] [--rounds 5]

A sampler's share (`bench/sampled.py`) is good to a percent or two, and says what a function
takes, not what a rewrite of it can win. Here two interpreters of this tree answer the same
articles one after the other (as `bench/interleaved.py` times two versions, each article's least
CPU time of `--rounds` asks): in one of them each named function answers from a table of what it
answered before, keyed by its arguments and filled on a first pass, so its work costs a look-up.
The ratio of their sums is what that work weighs under the same load: no speed-up of the function
can do better. A speed task whose bound is under the gain it needs (3% a set, say) is better spent
elsewhere. The function is replaced wherever a loaded module holds it by name (`from … import f`).

Arguments that cannot be a key (a list, a Document) leave the call to the function: the share of
calls answered from the table is printed, and a bound with few of them answered is no bound. A
caller that changes what it was given back would see another brief: the workers' top bullets are
compared and a difference reported. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from interleaved import SETS

ROOT = Path(__file__).resolve().parents[1]
WORKER = r"""
import functools, json, sys, time, warnings
warnings.filterwarnings("ignore")
sys.path.insert(0, sys.argv[1])
import extractive as bench
from importlib import import_module
asked = answered = 0


def memoized(function):
    table = {}

    @functools.wraps(function)
    def look_up(*args, **kwargs):
        global asked, answered
        asked += 1
        try:
            key = (args, tuple(sorted(kwargs.items())))
            found = table.get(key, table)
        except TypeError:  # an argument that cannot be a key
            return function(*args, **kwargs)
        if found is table:
            found = table[key] = function(*args, **kwargs)
        else:
            answered += 1
        return found

    return look_up


articles = {
    name: [bench.as_article(r) for r in bench.read_records(bench.DATA / f"{name}.jsonl", limit=limit)]
    for name, limit in json.loads(sys.argv[2]).items()
}
for spec in json.loads(sys.argv[3]):
    module_name, _, name = spec.partition(":")
    function = getattr(import_module(module_name), name)
    replacement = memoized(function)
    for module in list(sys.modules.values()):
        if getattr(module, name, None) is function:
            setattr(module, name, replacement)
for name in articles:  # warm: every table filled, every cache of the package as a warm run has it
    for article in articles[name]:
        bench.ours(article.text, article.lang)
asked = answered = 0
print("ready", flush=True)
for line in sys.stdin:
    name, index = line.split()
    article = articles[name][int(index)]
    start = time.process_time()
    bullets = bench.ours(article.text, article.lang)
    print(json.dumps([time.process_time() - start, bullets, asked, answered]), flush=True)
"""


class Worker:
    """This tree in its own interpreter, the functions of `specs` answering from their tables."""

    def __init__(self, sets: dict[str, int], specs: list[str]) -> None:
        command = [sys.executable, "-c", WORKER, str(ROOT / "bench"), json.dumps(sets), json.dumps(specs)]
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env={"PYTHONPATH": str(ROOT / "src")}
        )
        assert self.process.stdout is not None
        if self.process.stdout.readline().strip() != "ready":
            raise RuntimeError("a worker did not start")

    def ask(self, name: str, index: int) -> tuple[float, list[str], int, int]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(f"{name} {index}\n")
        self.process.stdin.flush()
        seconds, bullets, asked, answered = json.loads(self.process.stdout.readline())
        return float(seconds), bullets, int(asked), int(answered)

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("functions", nargs="+", help="module:function, each answered from a table")
    parser.add_argument("--sets", nargs="+", choices=list(SETS), default=["zh-policy"])
    parser.add_argument("--rounds", type=int, default=5, help="asks per article and worker (the least is kept)")
    args = parser.parse_args()
    sets = {name: SETS[name] for name in args.sets}
    print(f"{'set':<11}{'ms plain':>10}{'bound':>9}{'bound/plain':>13}{'answered':>10}  differ")
    plain, bound = Worker(sets, []), Worker(sets, args.functions)
    asked = answered = 0  # the calls since the warm-up, and those answered from the tables
    try:
        for name, count in sets.items():
            least_plain, least_bound = [float("inf")] * count, [float("inf")] * count
            differ, asked_before, answered_before = 0, asked, answered
            for round_ in range(args.rounds):
                for index in range(count):
                    seconds, mine, _, _ = plain.ask(name, index)
                    least_plain[index] = min(least_plain[index], seconds)
                    seconds, theirs, asked, answered = bound.ask(name, index)
                    least_bound[index] = min(least_bound[index], seconds)
                    if round_ == 0:
                        differ += mine != theirs
            ms_plain, ms_bound = 1000 * sum(least_plain) / count, 1000 * sum(least_bound) / count
            calls, hits = asked - asked_before, answered - answered_before
            share = f"{hits / calls:.0%}" if calls else "-"
            print(
                f"{name:<11}{ms_plain:>10.2f}{ms_bound:>9.2f}{ms_bound / ms_plain:>12.3f}×{share:>10}  {differ}",
                flush=True,
            )
    finally:
        plain.close()
        bound.close()


if __name__ == "__main__":
    main()
