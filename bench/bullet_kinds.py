"""What the benches that sort an engine's bullets by kind share: each data set's records read as
`citebrief run FILE` reads a .txt file, the hits counted by kind per set, `--show` listing them.

Used by bench/colour_bullets.py, leaning_bullets.py and speakerless_quotes.py; each says only
which bullets it counts and how.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from citebrief.eval.rouge import read_records
from citebrief.ingest import document_from_text
from citebrief.model import Document

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SETS = ["zh-news", "zh-clts", "en-cnndm", "zh-policy"]

Hit = tuple[str, str, str]  # its kind, the bullet, the sentence it is read against ("" for none)


def count_kinds(
    doc: str | None,
    hits_of: Callable[[Document], list[Hit]],
    *,
    noun: str,
    against: str,
    limit: int = 60,
    listed: Callable[[str], bool] = lambda _kind: True,
) -> None:
    """Parse the command line (`--sets`, `--limit`, `--show`) and print each set's hits by kind;
    `--show` lists the hits whose kind `listed` admits, each with what it is read `against`."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0] if doc else None)
    parser.add_argument("--sets", nargs="+", default=SETS)
    parser.add_argument("--limit", type=int, default=limit)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    for name in args.sets:
        records = read_records(DATA / f"{name}.jsonl", limit=args.limit)
        counts: Counter[str] = Counter()
        for index, record in enumerate(records):
            for kind, bullet, other in hits_of(document_from_text(record.article, origin="x", kind="text")):
                counts[kind] += 1
                if args.show and listed(kind):
                    detail = f"\n      {against}: {other[:100]}" if other else ""
                    print(f"{name}/{index} [{kind}] {bullet[:120]}{detail}")
        print(f"## {name}: {len(records)} articles, {sum(counts.values())} {noun}")
        for kind, n in counts.most_common():
            print(f"   {kind:20} {n}")
