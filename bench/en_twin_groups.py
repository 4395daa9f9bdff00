"""Pairs of English theme groups in one brief that are about one thing ("twins"), on the tree this runs from.

    env PYTHONPATH=src .venv/bin/python bench/en_twin_groups.py [--limit 200] [--show]

Blind readers mark down a brief whose two groups tell one thing ("B.B. King's health split across
two near-duplicate groups"; "the Gullit story across 'Gullit's Downfall' and 'Derbies'"). This
reads the brief `citebrief run` makes of each en-cnndm record's article and, for each pair of
theme groups (the overview left out), how much their bullets share: each bullet's content word
families (`en_terms`), weighed by how rare they are among the article's sentences; a pair is
twins where its bullets share more with each other (mean over cross pairs) than either group's
bullets share with any other group's, and at least `TWIN` (and as much as the two groups hold
together by themselves, half of it), or where one title's words are all in the other's. A
proxy, not a read: `--show` prints each pair's titles and bullets to read.
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter
from itertools import combinations
from pathlib import Path

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.en_title_choice import family
from citebrief.text.tokenize import en_terms

TWIN = 0.08


def _vector(text: str, rarity: dict[str, float]) -> dict[str, float]:
    return {f: rarity.get(f, 1.0) for f in {family(t) for t in en_terms(text)}}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    shared = sum(min(a[f], b[f]) for f in a.keys() & b.keys())
    size = math.sqrt(sum(a.values()) * sum(b.values()))
    return shared / size if size else 0.0


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def twins(article: str) -> list[tuple[int, int, float, list[tuple[str, list[str]]]]]:
    """The twin pairs (group numbers from 1, the overview 0 left out; their cross share) of the
    brief of `article`, with the brief's theme groups (title, bullets)."""
    doc = document_from_text(article, origin="article.txt", kind="text")
    brief = draft(doc)
    sentences = [s.text for seg in doc.segments for s in seg.sentences]
    seen = Counter(f for s in sentences for f in {family(t) for t in en_terms(s)})
    rarity = {f: math.log((1 + len(sentences)) / (1 + n)) for f, n in seen.items()}
    groups = [(g.title, [p.text for p in g.points]) for g in brief.groups[1:]]
    vectors = [[_vector(b, rarity) for b in bullets] for _, bullets in groups]

    def cross(a: int, b: int) -> float:
        return _mean([_cosine(x, y) for x in vectors[a] for y in vectors[b]])

    def inner(a: int) -> float:
        return _mean([_cosine(x, y) for x, y in combinations(vectors[a], 2)])

    found = []
    for a, b in combinations(range(len(groups)), 2):
        share = cross(a, b)
        others = [cross(k, c) for k in (a, b) for c in range(len(groups)) if c not in (a, b)]
        by_words = share >= TWIN and share > max(others, default=0.0) and share >= (inner(a) + inner(b)) / 4
        titles = [{family(w) for w in en_terms(groups[k][0].removeprefix("Key points: "))} for k in (a, b)]
        by_title = bool(titles[0] and titles[1]) and (titles[0] <= titles[1] or titles[1] <= titles[0])
        if by_words or by_title:
            found.append((a + 1, b + 1, share, groups))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--show", action="store_true", help="print each pair's groups")
    args = parser.parse_args()
    lines = Path("/work/shared/data/en-cnndm.jsonl").read_text(encoding="utf-8").splitlines()[: args.limit]
    briefs = 0
    pairs = 0
    for index, line in enumerate(lines):
        found = twins(json.loads(line)["article"])
        briefs += bool(found)
        pairs += len(found)
        for a, b, share, groups in found:
            print(f"record {index}: groups {a} & {b} share {share:.3f}: {groups[a - 1][0]!r} / {groups[b - 1][0]!r}")
            if args.show:
                for k in (a, b):
                    print(f"  [{k}] {groups[k - 1][0]}")
                    for bullet in groups[k - 1][1]:
                        print(f"      - {bullet[:150]}")
    print(f"{pairs} twin pairs in {briefs} of {len(lines)} briefs")


if __name__ == "__main__":
    main()
