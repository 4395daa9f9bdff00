"""Cold starts: `citebrief --version` and `citebrief run` on a 3,000-character Chinese text.

    .venv/bin/python bench/cold.py                 # 11 runs of each, medians
    .venv/bin/python bench/cold.py --runs 21 --importtime
    .venv/bin/python bench/cold.py --runs 31 --ref e977b9e    # this checkout beside an old revision

Each run is a fresh process. It prints the median wall time and the median CPU time (user +
system, from the child's own rusage) of each command beside a bare `python -c pass` and
`python -c "import numpy"`, measured in the same run, interleaved. On a machine shared with other
work the wall times swing with the load; the CPU times barely do, so read both. The text is the
first zh-policy record of 2,800–3,300 characters (`../shared/data/`, read in place).

The code timed is this checkout's `src/` (PYTHONPATH), and with --ref also `src/` of that git
revision (`git archive`), each command of both run in turn and the ratio this/ref printed. Both
are byte-compiled first: an installed package has its .pyc files, and a checkout run with
PYTHONDONTWRITEBYTECODE would otherwise compile every module from source on every start.
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

from revision import ROOT, export_src

DATA = ROOT.parent / "shared" / "data"


def chinese_text() -> str:
    with (DATA / "zh-policy.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            article: str = json.loads(line)["article"]
            if 2800 <= len(article) <= 3300:
                return article
    raise SystemExit("no zh-policy record of 2,800-3,300 characters")


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall and CPU seconds of one run of `command` (output discarded)."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"{' '.join(command)} failed")
    return wall, usage.ru_utime + usage.ru_stime


def import_profile(command: list[str], env: dict[str, str], top: int = 15) -> None:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *command], capture_output=True, text=True, check=True, env=env
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


def code_env(src: Path) -> dict[str, str]:
    """The environment that runs the code under `src`, byte-compiled once."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(src)], check=True)
    return {**os.environ, "PYTHONPATH": str(src)}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--importtime", action="store_true")
    parser.add_argument("--ref", help="also time this git revision's code (e.g. e977b9e), interleaved")
    args = parser.parse_args(argv)
    script = str(Path(sys.executable).with_name("citebrief"))
    with tempfile.TemporaryDirectory() as folder:
        text = Path(folder) / "zh-3000.txt"
        text.write_text(chinese_text(), encoding="utf-8")
        envs = {"this": code_env(ROOT / "src")}
        if args.ref:
            envs["ref"] = code_env(export_src(args.ref, Path(folder) / "ref"))
        run_name = f"citebrief run (Chinese, {len(text.read_text(encoding='utf-8')):,} chars)"
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            'python -c "import numpy"': [sys.executable, "-c", "import numpy"],
            "citebrief --version": [script, "--version"],
            run_name: [script, "run", str(text)],
        }
        versions = {"citebrief --version", run_name}
        for env in envs.values():
            timed(commands[run_name], env)  # the user cache (IDF table) is written once, not timed
        results: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for _ in range(args.runs):
            for name, command in commands.items():  # interleaved: a burst of load hits all alike
                for label, env in envs.items() if name in versions else [("", envs["this"])]:
                    results.setdefault((name, label), []).append(timed(command, env))
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"cold starts, median of {args.runs} fresh processes each ({os.cpu_count()} CPUs, load {load:.1f})")
        print(f"  {'command':<42} {'code':>7} {'wall s':>7} {'CPU s':>7}")
        medians: dict[tuple[str, str], tuple[float, float]] = {}
        for (name, label), runs in results.items():
            wall = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            medians[name, label] = wall, cpu
            code = args.ref if label == "ref" else label
            print(f"  {name:<42} {code:>7} {wall:>7.3f} {cpu:>7.3f}")
        if args.ref:
            print(f"\nthis checkout / {args.ref} (median over median)")
            for name in commands:
                if name in versions:
                    (wall, cpu), (old_wall, old_cpu) = medians[name, "this"], medians[name, "ref"]
                    print(f"  {name:<42} wall {wall / old_wall:.2f}x  CPU {cpu / old_cpu:.2f}x")
        if args.importtime:
            command = ["-c", "from citebrief.cli import app; app()", "run", str(text)]
            import_profile(command, envs["this"])


if __name__ == "__main__":
    main()
