"""Cold starts: `citebrief --version` and `citebrief run` on a 3,000-character Chinese text.

    .venv/bin/python bench/cold.py                 # 11 runs of each, medians
    .venv/bin/python bench/cold.py --runs 21 --importtime

Each run is a fresh process. It prints the median wall time and the median CPU time (user +
system, from the child's own rusage) of each command beside a bare `python -c pass` and
`python -c "import numpy"`, measured in the same run, interleaved. On a machine shared with other
work the wall times swing with the load; the CPU times barely do, so read both. The text is the
first zh-policy record of 2,800–3,300 characters (`../shared/data/`, read in place).
With --importtime it also prints the slowest imports of one `citebrief run` (`python -X
importtime`), cumulative, in milliseconds.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def chinese_text() -> str:
    with (DATA / "zh-policy.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            article: str = json.loads(line)["article"]
            if 2800 <= len(article) <= 3300:
                return article
    raise SystemExit("no zh-policy record of 2,800-3,300 characters")


def timed(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of `command` (output discarded)."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"{' '.join(command)} failed")
    return wall, usage.ru_utime + usage.ru_stime


def import_profile(command: list[str], top: int = 15) -> None:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *command], capture_output=True, text=True, check=True
    )
    rows = []
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            _, cumulative, name = line.split("|")
            if cumulative.strip().isdigit():
                rows.append((int(cumulative), name.rstrip()))
    print(f"\nslowest imports of one run (cumulative ms, -X importtime): {' '.join(command[-3:])}")
    for cumulative, name in sorted(rows, reverse=True)[:top]:
        print(f"  {cumulative / 1000:7.1f}  {name}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--importtime", action="store_true")
    args = parser.parse_args(argv)
    script = str(Path(sys.executable).with_name("citebrief"))
    with tempfile.TemporaryDirectory() as folder:
        text = Path(folder) / "zh-3000.txt"
        text.write_text(chinese_text(), encoding="utf-8")
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            'python -c "import numpy"': [sys.executable, "-c", "import numpy"],
            "citebrief --version": [script, "--version"],
            f"citebrief run (Chinese, {len(text.read_text(encoding='utf-8')):,} chars)": [script, "run", str(text)],
        }
        timed(commands[next(reversed(commands))])  # the user cache (IDF table) is written once, not timed
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():  # interleaved: a burst of load hits all alike
                results[name].append(timed(command))
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"cold starts, median of {args.runs} fresh processes each ({os.cpu_count()} CPUs, load {load:.1f})")
        print(f"  {'command':<42} {'wall s':>7} {'CPU s':>7}")
        for name, runs in results.items():
            wall = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            print(f"  {name:<42} {wall:>7.3f} {cpu:>7.3f}")
        if args.importtime:
            import_profile(["-c", "from citebrief.cli import app; app()", "run", str(text)])


if __name__ == "__main__":
    main()
