"""`citebrief batch` over 1,000 Chinese articles: throughput, memory, -j 2 against -j 1, a rerun.

    .venv/bin/python bench/batch.py [--articles 1000] [--jobs 2] [--backend process]

The articles are the Chinese sets of ../shared/data (zh-news, zh-policy, zh-clts: 252 real
articles) repeated and varied: the k-th copy of an article gets a sentence of its own at the
end, so every file is a different document (its id hashes the text). One-block articles are
cut into paragraphs of three sentences, as `citebrief eval` does.

Runs, each the real command line in a fresh process against a fresh store (so the -j 1 and
-j 2 runs pay the same start-up):

1. -j 1 and -j N --no-dedup, every article briefed, in --rounds pairs of alternating order (a
   machine shared with other work slows whichever run it overlaps: pairs and the median
   ratio make the speed-up fair)
2. -j N again         a rerun of the last -j N batch on its store: everything skipped
3. -j N (dedup on)    the default: copies of one article are near-duplicates, briefed once

Times are wall-clock seconds of the whole command (start-up included) and the batch's own
seconds as it reports them. Memory is sampled every 50 ms over the command's process tree:
peak PSS of all its processes together (shared pages counted once, proportionally) and peak
RSS of the driver alone; for run 2 also the tree's PSS at 25/50/75/100% of the items, which
stays flat when documents are streamed. Nothing here asserts a number.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"
CITEBRIEF = Path(sys.executable).with_name("citebrief")
SETS = ("zh-news.jsonl", "zh-policy.jsonl", "zh-clts.jsonl")


def base_articles() -> list[str]:
    from citebrief.eval.rouge import is_single_block, split_paragraphs

    articles = []
    for name in SETS:
        with (SHARED_DATA / name).open(encoding="utf-8") as lines:
            for line in lines:
                article = json.loads(line)["article"].strip()
                if is_single_block(article):
                    article = "\n\n".join(split_paragraphs(article, "zh"))
                articles.append(article)
    return articles


def write_corpus(folder: Path, count: int) -> int:
    """`count` article files; returns their total size in characters."""
    bases = base_articles()
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for k in range(count):
        copy = k // len(bases)
        text = bases[k % len(bases)] + f"\n\n（本文第{copy + 1}次转载，编号{k:04d}，转载时有删节。）"
        (folder / f"{k // 100:02d}" / f"article-{k:04d}.txt").parent.mkdir(exist_ok=True)
        (folder / f"{k // 100:02d}" / f"article-{k:04d}.txt").write_text(text, encoding="utf-8")
        total += len(text)
    return total


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found += [int(c) for c in (task / "children").read_text().split()]
    return found


def _memory_kb(pid: int, key: str) -> int:
    """VmRSS from status, or Pss from smaps_rollup, in kB (0 when the process is gone)."""
    source = "smaps_rollup" if key == "Pss" else "status"
    try:
        text = Path(f"/proc/{pid}/{source}").read_text()
    except OSError:
        return 0
    match = re.search(rf"^{key}:\s+(\d+) kB", text, re.MULTILINE)
    return int(match[1]) if match else 0


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def tree(pid: int) -> list[int]:
    pids, stack = [], [pid]
    while stack:
        current = stack.pop()
        pids.append(current)
        stack += _children(current)
    return pids


@dataclass
class Run:
    label: str
    wall: float = 0.0
    batch_seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)
    peak_pss_kb: int = 0
    peak_driver_kb: int = 0
    pss_at: dict[int, int] = field(default_factory=dict)  # % of items done -> tree PSS kB
    rss_at: dict[int, list[int]] = field(default_factory=dict)  # % of items done -> each process's RSS kB
    cpu: dict[int, float] = field(default_factory=dict)  # pid -> CPU seconds, last seen
    load: tuple[float, float] = (0.0, 0.0)  # 1-minute load average before and after
    returncode: int = 0

    @property
    def cpu_seconds(self) -> float:
        return sum(self.cpu.values())


def _committed(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as connection:
            return int(connection.execute("SELECT count(*) FROM batch_items").fetchone()[0])
    except sqlite3.Error:
        return 0


def run(label: str, folder: Path, db: Path, total: int, *args: str) -> Run:
    result = Run(label)
    command = [str(CITEBRIEF), "batch", str(folder), "--db", str(db), "--no-progress", *args]
    env = {**os.environ, "NO_COLOR": "1"}
    before = os.getloadavg()[0]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    marks = [25, 50, 75, 100]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            pids = tree(process.pid)
            for p in pids:
                result.cpu[p] = max(result.cpu.get(p, 0.0), _cpu_seconds(p))
            pss = sum(_memory_kb(p, "Pss") for p in pids)
            result.peak_pss_kb = max(result.peak_pss_kb, pss)
            result.peak_driver_kb = max(result.peak_driver_kb, _memory_kb(process.pid, "VmRSS"))
            if marks and _committed(db) * 100 >= marks[0] * total:
                result.rss_at[marks[0]] = sorted(_memory_kb(p, "VmRSS") for p in pids)
                result.pss_at[marks.pop(0)] = pss
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    result.wall = time.perf_counter() - started
    result.load = (before, os.getloadavg()[0])
    done.set()
    sampler.join()
    result.returncode = process.returncode
    found = re.search(r"items in ([\d.]+) s", out)
    result.batch_seconds = float(found[1]) if found else float("nan")
    for line in out.splitlines():
        parts = line.split()
        if line.startswith("  ") and len(parts) >= 2 and parts[1].isdigit():
            result.counts[parts[0]] = int(parts[1])
    if process.returncode != 0:
        print(f"{label}: exit {process.returncode}\n{err[-2000:]}", file=sys.stderr)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--backend", default="process")
    parser.add_argument("--rounds", type=int, default=3, help="-j 1 / -j N pairs, in alternating order")
    options = parser.parse_args()
    n, jobs = options.articles, options.jobs
    backend = ("--backend", options.backend)
    ones: list[Run] = []
    manys: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="citebrief-bench-") as tmp:
        folder = Path(tmp) / "articles"
        chars = write_corpus(folder, n)
        print(
            f"{n} Chinese articles ({chars / n:,.0f} characters on average), extractive engine, "
            f"--backend {options.backend}, {os.cpu_count()} CPUs"
        )
        for k in range(options.rounds):
            pair = []
            for j in (1, jobs) if k % 2 == 0 else (jobs, 1):  # alternate, so drifting load hits both
                label = f"-j {j} --no-dedup #{k + 1}"
                db = Path(tmp) / f"j{j}-{k}.db"
                pair.append((j, run(label, folder, db, n, "-j", str(j), "--no-dedup", *backend)))
            for j, result in pair:
                (ones if j == 1 else manys).append(result)
        last = Path(tmp) / f"j{jobs}-{options.rounds - 1}.db"
        rerun = run(f"-j {jobs} rerun", folder, last, n, "-j", str(jobs), "--no-dedup", *backend)
        dedup = run(f"-j {jobs} (dedup on)", folder, Path(tmp) / "dedup.db", n, "-j", str(jobs), *backend)
    print()
    print(
        f"{'run':<24}{'wall s':>8}{'batch s':>9}{'articles/s':>12}{'CPU s':>8}{'peak PSS MB':>13}"
        f"{'driver RSS MB':>15}{'load':>11}  counts"
    )
    for r in (*[r for pair in zip(ones, manys, strict=True) for r in pair], rerun, dedup):
        rate = n / r.wall if r.wall else 0.0
        counts = ", ".join(f"{k} {v}" for k, v in r.counts.items() if v)
        load = f"{r.load[0]:.1f}→{r.load[1]:.1f}"
        print(
            f"{r.label:<24}{r.wall:>8.1f}{r.batch_seconds:>9.1f}{rate:>12.1f}{r.cpu_seconds:>8.1f}"
            f"{r.peak_pss_kb / 1024:>13.0f}{r.peak_driver_kb / 1024:>15.0f}{load:>11}  {counts}"
        )
    print()
    ratios = [one.wall / many.wall for one, many in zip(ones, manys, strict=True)]
    best_one, best_many = min(r.wall for r in ones), min(r.wall for r in manys)
    print(
        f"speed-up of -j {jobs} over -j 1 (wall), per round: {', '.join(f'{x:.2f}x' for x in ratios)}; "
        f"median {statistics.median(ratios):.2f}x; fastest against fastest {best_one / best_many:.2f}x"
    )
    cpu = [1000 * r.cpu_seconds / n for r in (*ones, *manys)]
    print(f"CPU time per article, all processes: {min(cpu):.1f}-{max(cpu):.1f} ms")
    print("load: the 1-minute load average before → after a run; other work on the machine slows -j N first")
    first = manys[-1]
    print(
        f"rerun of the finished batch: {rerun.wall:.2f} s = {100 * rerun.wall / first.wall:.1f}% of its first run "
        f"(batch time {rerun.batch_seconds:.2f} s = {100 * rerun.batch_seconds / first.batch_seconds:.1f}%)"
    )
    flat = ", ".join(f"{pct}%: {kb / 1024:.0f} MB" for pct, kb in sorted(first.pss_at.items()))
    print(f"memory over that -j {jobs} run (PSS of all processes): {flat}")
    each = "; ".join(f"{pct}%: {', '.join(str(kb // 1024) for kb in rss)}" for pct, rss in sorted(first.rss_at.items()))
    print(f"RSS MB of each process (fork server, workers, driver) over it: {each}")
    print(
        f"near-duplicates linked with dedup on: {dedup.counts.get('duplicates', 0)} "
        f"(the corpus repeats {len(base_articles())} articles)"
    )


if __name__ == "__main__":
    main()
