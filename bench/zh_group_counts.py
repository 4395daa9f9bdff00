"""How many groups Chinese briefs get for their length, as a reader would count it.

    .venv/bin/python bench/zh_group_counts.py [--sets zh-news zh-clts] [--limit 200] [--list]

A reader weighs a brief's groups against the article's length: a 600-character news item reads
best as an overview and one or two groups, a 2,000-character feature as an overview and three or
four. This prints, per set, a table of groups (the overview counted) by the article's characters
and by its sentences as a reader counts them (ended at 。！？, a "；" clause no sentence of its own),
then the briefs at the extremes: at most nine sentences and three groups or more, four groups or
more under 1,000 characters, and any group of one bullet. It reads the data in place and runs
this worktree's code; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SENTENCE_END = re.compile(r"[。！？!?][”」’）)]*")
CHARACTER_BANDS = (400, 600, 800, 1000, 1500, 2000, 3000)
SENTENCE_BANDS = (6, 9, 12, 16, 25, 40)


def _band(value: int, bands: tuple[int, ...]) -> str:
    """The band `value` falls in: "≤6", "≤9", … or "more"."""
    return next((f"≤{top}" for top in bands if value <= top), "more")


def _table(title: str, rows: dict[str, Counter[int]], order: list[str]) -> None:
    print(f"  {title}: groups → briefs")
    for band in order:
        if band in rows:
            counts = ", ".join(f"{groups}: {n}" for groups, n in sorted(rows[band].items()))
            print(f"    {band:>6}  {counts}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sets", nargs="+", default=["zh-news", "zh-clts"])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--list", action="store_true", help="every brief's length and group sizes")
    args = parser.parse_args()
    for name in args.sets:
        lines = (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()[: args.limit]
        by_characters: dict[str, Counter[int]] = defaultdict(Counter)
        by_sentences: dict[str, Counter[int]] = defaultdict(Counter)
        extremes: list[str] = []
        for index, line in enumerate(lines):
            article = json.loads(line)["article"]
            brief = draft(document_from_text(article, origin=str(index), kind="text"))
            characters = len(re.sub(r"\s", "", article))
            sentences = len(SENTENCE_END.findall(article))
            sizes = [len(group.points) for group in brief.groups]
            by_characters[_band(characters, CHARACTER_BANDS)][len(sizes)] += 1
            by_sentences[_band(sentences, SENTENCE_BANDS)][len(sizes)] += 1
            seen = f"{index}: {characters} characters, {sentences} sentences, groups {sizes}"
            if args.list:
                print(f"  {seen}")
            short_cut = sentences <= 9 and len(sizes) >= 3
            if short_cut or (characters < 1000 and len(sizes) >= 4) or 1 in sizes[1:]:
                extremes.append(seen)
        print(f"{name} ({len(lines)} articles)")
        _table("by characters", by_characters, [_band(top, CHARACTER_BANDS) for top in CHARACTER_BANDS] + ["more"])
        _table("by sentences", by_sentences, [_band(top, SENTENCE_BANDS) for top in SENTENCE_BANDS] + ["more"])
        print(f"  at the extremes ({len(extremes)}):")
        for seen in extremes:
            print(f"    {seen}")


if __name__ == "__main__":
    main()
