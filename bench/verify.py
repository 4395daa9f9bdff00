"""What the verify stage adds to a brief, measured against the draft stage in the same run.

    .venv/bin/python bench/verify.py [--repeats R]

Articles: a ~5,000-character Chinese article made of zh-news articles (as bench/extractive.py
builds it), the bundled zh-tech-policy example, the zh-policy document closest to 5,000
characters, and the en-cnndm article closest to 5,000 characters. For each: one warm-up, then
`--repeats` rounds that time the draft stage (the extractive engine) and the verify stage
(`verify_brief`, its index of the article included) one after the other, in CPU time of this
process (another process's load on a shared machine inflates wall time, not this). Printed:
median milliseconds of each, verify/draft, and the milliseconds verify adds against the
issue's 20 ms target. Nothing is asserted: the ratio is the result.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from citebrief.engines.extractive import draft_extractive
from citebrief.eval.rouge import Record, prepare_document, read_records
from citebrief.ingest import document_from_text, read_path
from citebrief.model import Document
from citebrief.verify import verify_brief
from extractive import long_article  # the sibling bench: the same 5,000-character article

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
LONG_ARTICLE_CHARS = 5000
TARGET_MS = 20.0


def closest(records: Sequence[Record], chars: int) -> Document:
    record = min(records, key=lambda r: abs(len(r.article) - chars))
    return prepare_document(record, origin="bench")[0]


def articles() -> dict[str, Document]:
    news = read_records(DATA / "zh-news.jsonl")
    return {
        "zh-news ×n (5k chars)": document_from_text(long_article(news), origin="bench", kind="text"),
        "zh-tech-policy.html": read_path(ROOT / "examples" / "zh-tech-policy.html"),
        "zh-policy (closest to 5k)": closest(read_records(DATA / "zh-policy.jsonl"), LONG_ARTICLE_CHARS),
        "en-cnndm (closest to 5k)": closest(read_records(DATA / "en-cnndm.jsonl"), LONG_ARTICLE_CHARS),
    }


def _cpu(function: Callable[[], Any]) -> float:
    start = time.process_time()
    function()
    return time.process_time() - start


def measure(document: Document, repeats: int) -> dict[str, float]:
    brief = draft_extractive(document)
    verify_brief(brief, document)  # warm-up: stop words, background IDF, regexes
    drafts, verifies = [], []
    for _ in range(repeats):
        drafts.append(_cpu(lambda: draft_extractive(document)))
        verifies.append(_cpu(lambda: verify_brief(brief, document)))
    return {
        "chars": len(document.text),
        "paragraphs": len(document.segments),
        "bullets": len(brief.points()),
        "draft_ms": 1000 * statistics.median(drafts),
        "verify_ms": 1000 * statistics.median(verifies),
        "draft_fastest_ms": 1000 * min(drafts),
        "verify_fastest_ms": 1000 * min(verifies),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=21, help="timed rounds per article (median reported)")
    args = parser.parse_args()
    header = (
        f"{'article':27} {'chars':>5} {'paras':>5} {'bullets':>7} {'draft ms':>8} {'verify ms':>9} {'×draft':>6}"
        f" {'fastest: draft':>14} {'verify':>6} {'×draft':>6}"
    )
    print(f"CPU time of this process, median and fastest of {args.repeats}; target: verify adds < {TARGET_MS:.0f} ms\n")
    print(header)
    print("-" * len(header))
    for name, document in articles().items():
        r = measure(document, args.repeats)
        verdict = "ok" if r["verify_ms"] < TARGET_MS else "OVER"
        print(
            f"{name:27} {r['chars']:>5.0f} {r['paragraphs']:>5.0f} {r['bullets']:>7.0f} {r['draft_ms']:>8.1f} "
            f"{r['verify_ms']:>9.1f} {r['verify_ms'] / r['draft_ms']:>5.2f}× {r['draft_fastest_ms']:>14.1f} "
            f"{r['verify_fastest_ms']:>6.1f} {r['verify_fastest_ms'] / r['draft_fastest_ms']:>5.2f}×  {verdict}"
        )


if __name__ == "__main__":
    main()
