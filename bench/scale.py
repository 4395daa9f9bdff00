"""How the extractive brief scales: time and peak memory from 100 to 10,000 paragraphs.

    .venv/bin/python bench/scale.py                       # zh and en, 100 … 10,000 paragraphs
    .venv/bin/python bench/scale.py --sizes 100 1000 --langs zh
    .venv/bin/python bench/scale.py --one-block           # also the 680,000-character one-paragraph text

Articles are made from the shared data sets (`../shared/data/`, read in place): paragraphs of
two or three sentences drawn from zh-news + zh-policy (Chinese) or en-cnndm (English) by a seeded
generator, so every paragraph is distinct (repeats would be dropped as boilerplate) and the
vocabulary keeps growing with the article, as in a real long report. About 250 bytes a paragraph:
10,000 paragraphs are ~2.5 MB.

Each size runs in a fresh subprocess (`citebrief run --format json` on a file, the whole CLI
path: read, segment, draft, verify, render), so its peak RSS (`ru_maxrss` of the child) is its
own. It prints wall time, CPU time (the child's user + system: steadier than wall time on a
shared machine), peak RSS, wall time per 1,000 paragraphs, and the slope of log(time) and
log(memory) over log(size), fitted by least squares (1.0 is linear, 2.0 quadratic), over all
sizes and from 1,000 paragraphs on, where the fixed start-up (~0.5 s) no longer dominates; and
the straight line time ≈ fixed + per-paragraph cost.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SIZES = (100, 300, 1000, 3000, 10000)
_ZH_SENTENCE = re.compile(r"[^。！？]*[。！？]+[”’」』）)]*")
_EN_SENTENCE = re.compile(r"[^.!?]*[.!?]+['\")]*\s*")


def _sentences(lang: str) -> list[str]:
    names = ("zh-news.jsonl", "zh-policy.jsonl") if lang == "zh" else ("en-cnndm.jsonl",)
    pattern = _ZH_SENTENCE if lang == "zh" else _EN_SENTENCE
    found: list[str] = []
    seen: set[str] = set()
    for name in names:
        with (DATA / name).open(encoding="utf-8") as lines:
            for line in lines:
                for raw in pattern.findall(json.loads(line)["article"]):
                    sentence = " ".join(raw.split())
                    size = len(sentence) if lang == "zh" else len(sentence.split())
                    if (15 <= size <= 120 if lang == "zh" else 8 <= size <= 40) and sentence not in seen:
                        seen.add(sentence)
                        found.append(sentence)
    return found


def make_article(paragraphs: int, lang: str, seed: int = 0) -> str:
    """`paragraphs` distinct paragraphs of ~250 bytes, separated by blank lines."""
    pool = _sentences(lang)
    rng = random.Random(seed)
    joiner = "" if lang == "zh" else " "
    out: list[str] = []
    used: set[str] = set()
    while len(out) < paragraphs:
        text = joiner.join(rng.sample(pool, rng.choice((1, 2, 2) if lang == "zh" else (2, 2, 3))))
        if text not in used:
            used.add(text)
            out.append(text)
    return "\n\n".join(out)


def make_block(characters: int, lang: str, seed: int = 0) -> str:
    """One paragraph of about `characters` characters: no blank line anywhere."""
    pool = _sentences(lang)
    rng = random.Random(seed)
    joiner = "" if lang == "zh" else " "
    parts: list[str] = []
    size = 0
    while size < characters:
        sentence = rng.choice(pool)
        parts.append(sentence)
        size += len(sentence) + len(joiner)
    return joiner.join(parts)


def _child(path: Path) -> tuple[float, float, float, int]:
    """Wall seconds, CPU seconds, peak RSS (MB) and exit status of `citebrief run` on one file."""
    script = Path(sys.executable).with_name("citebrief")
    command = [str(script), "run", "--format", "json", "--out", os.devnull, str(path)]
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(child.pid, 0)  # this child's own peak, not the largest so far
        elapsed = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode:
            errors.seek(0)
            print(errors.read().decode(errors="replace").strip().splitlines()[-1:])
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, child.returncode


def slope(sizes: Sequence[float], values: Sequence[float]) -> float:
    """The least-squares slope of log(value) over log(size): 1.0 is linear, 2.0 quadratic."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(v) for v in values]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def line_fit(sizes: Sequence[float], values: Sequence[float]) -> tuple[float, float]:
    """Least-squares (per unit, fixed) of value ≈ fixed + per × size."""
    mx, my = sum(sizes) / len(sizes), sum(values) / len(values)
    per = sum((x - mx) * (y - my) for x, y in zip(sizes, values, strict=True)) / sum((x - mx) ** 2 for x in sizes)
    return per, my - per * mx


def _report_fit(done: Sequence[tuple[int, float, float, float]]) -> None:
    """The straight-line fits and the log-log slopes, over all sizes and from 1,000 paragraphs on."""
    if len(done) < 2:
        return
    sizes = [d[0] for d in done]
    for label, column in (("wall", 1), ("CPU", 2)):
        per, fixed = line_fit(sizes, [d[column] for d in done])
        print(f"fitted {label} time ≈ {fixed:.2f} s + {per * 1000:.2f} s per 1,000 paragraphs")
    for label, rows in (("all sizes", done), ("from 1,000 paragraphs on", [d for d in done if d[0] >= 1000])):
        if len(rows) >= 2:
            xs = [d[0] for d in rows]
            print(
                f"log-log slope, {label}: wall {slope(xs, [d[1] for d in rows]):.2f}, "
                f"CPU {slope(xs, [d[2] for d in rows]):.2f}, peak memory {slope(xs, [d[3] for d in rows]):.2f}"
                " (1.0 linear, 2.0 quadratic)"
            )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="paragraph counts")
    parser.add_argument("--langs", nargs="+", default=["zh", "en"], choices=["zh", "en"])
    parser.add_argument("--one-block", action="store_true", help="also a 680,000-character one-paragraph text")
    args = parser.parse_args(argv)
    python = [sys.executable, "-c", "pass"]
    started = time.perf_counter()
    subprocess.run(python, check=True)
    load = os.getloadavg()[0]
    print(f"bare interpreter start: {time.perf_counter() - started:.3f} s; {os.cpu_count()} CPUs, load {load:.1f}")
    with tempfile.TemporaryDirectory() as folder:
        for lang in args.langs:
            print(f"\n{lang}: citebrief run --format json, one fresh process per size")
            header = ("paragraphs", "chars", "MB", "wall s", "CPU s", "peak MB", "s/1k par")
            print(" ".join(f"{h:>{w}}" for h, w in zip(header, (10, 9, 6, 8, 7, 8, 9), strict=True)))
            done: list[tuple[int, float, float, float]] = []
            for size in sorted(args.sizes):
                path = Path(folder) / f"{lang}-{size}.txt"
                text = make_article(size, lang)
                path.write_text(text, encoding="utf-8")
                seconds, cpu, peak, status = _child(path)
                note = "" if status == 0 else f"  (exit {status})"
                megabytes = len(text.encode()) / 1e6
                print(
                    f"{size:>10,} {len(text):>9,} {megabytes:>6.2f} {seconds:>8.2f} {cpu:>7.2f} {peak:>8.0f} "
                    f"{seconds / size * 1000:>9.2f}{note}"
                )
                if status == 0:
                    done.append((size, seconds, cpu, peak))
            _report_fit(done)
            if args.one_block:
                path = Path(folder) / f"{lang}-block.txt"
                text = make_block(680_000, lang)
                path.write_text(text, encoding="utf-8")
                seconds, cpu, peak, status = _child(path)
                print(
                    f"one paragraph of {len(text):,} characters: {seconds:.2f} s wall, {cpu:.2f} s CPU, "
                    f"peak {peak:.0f} MB, exit {status}"
                )


if __name__ == "__main__":
    main()
