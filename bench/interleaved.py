"""The extractive engine before (a git revision) and after (this tree), timed side by side.

    .venv/bin/python bench/interleaved.py [--ref main] [--rounds 5] [--sets zh-news en-cnndm]

`bench/before_after.py` runs each version's whole pass in turn; on a shared machine the load
moves between the passes and the ratio with it (±10% from run to run here). This keeps one
interpreter per version alive and asks them for the same article one after the other, so both
see the same load within milliseconds: each article's CPU time (`bench/extractive.py`'s `ours`:
`document_from_text` + the engine, its top-3 bullets) is the least of `--rounds` asks, and the
ratio after/before is of their sums per data set. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from revision import export_src

ROOT = Path(__file__).resolve().parents[1]
SETS = {"zh-clts": 12, "zh-news": 50, "en-cnndm": 50, "zh-policy": 40}
WORKER = r"""
import json, sys, time, warnings
warnings.filterwarnings("ignore")
sys.path.insert(0, sys.argv[1])
import extractive as bench
articles = {
    name: [bench.as_article(r) for r in bench.read_records(bench.DATA / f"{name}.jsonl", limit=limit)]
    for name, limit in json.loads(sys.argv[2]).items()
}
for name in articles:
    bench.ours(articles[name][0].text, articles[name][0].lang)
print("ready", flush=True)
for line in sys.stdin:
    name, index = line.split()
    article = articles[name][int(index)]
    start = time.process_time()
    bench.ours(article.text, article.lang)
    print(time.process_time() - start, flush=True)
"""


class Worker:
    """One version of the package in its own interpreter, timing one article per request."""

    def __init__(self, src: Path, sets: dict[str, int]) -> None:
        command = [sys.executable, "-c", WORKER, str(ROOT / "bench"), json.dumps(sets)]
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env={"PYTHONPATH": str(src)}
        )
        if self._line() != "ready":
            raise RuntimeError(f"the worker on {src} did not start")

    def _line(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def time(self, name: str, index: int) -> float:
        assert self.process.stdin is not None
        self.process.stdin.write(f"{name} {index}\n")
        self.process.stdin.flush()
        return float(self._line())

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--ref", default="main", help="the git revision that is 'before'")
    parser.add_argument("--rounds", type=int, default=5, help="asks per article and version (the least is kept)")
    parser.add_argument("--sets", nargs="+", choices=list(SETS), default=list(SETS))
    args = parser.parse_args()
    sets = {name: SETS[name] for name in args.sets}
    print(f"{'set':<11}{'ms before':>11}{'after':>9}{'after/before':>14}")
    with tempfile.TemporaryDirectory() as folder:
        before, after = Worker(export_src(args.ref, Path(folder)), sets), Worker(ROOT / "src", sets)
        try:
            for name, count in sets.items():
                least_before, least_after = [float("inf")] * count, [float("inf")] * count
                for _ in range(args.rounds):
                    for index in range(count):
                        least_before[index] = min(least_before[index], before.time(name, index))
                        least_after[index] = min(least_after[index], after.time(name, index))
                ms_before, ms_after = 1000 * sum(least_before) / count, 1000 * sum(least_after) / count
                print(f"{name:<11}{ms_before:>11.2f}{ms_after:>9.2f}{ms_after / ms_before:>13.3f}×", flush=True)
        finally:
            before.close()
            after.close()


if __name__ == "__main__":
    main()
