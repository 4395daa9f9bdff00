"""Bullet pairs in one brief that say the same fact twice (issue 9: no two bullets say the same thing).

    .venv/bin/python bench/repeated_facts.py [--limit N] [--sets zh-news en-cnndm] [--show]

For each article of a shared set (as the CLI reads a text file), every pair of bullets of its
brief that states the same figure (`text/repeated_figures.figure_keys`: 10% = 百分之十 = "ten per
cent"; a count with its unit) or whose content words overlap heavily
(`text/repeated_figures.word_overlap`). `bench/brief_checks.py`'s duplicate check
(`engines/bullets.near_duplicate`) asks for much shared wording and finds none of these.
Prints counts per set (briefs with a pair, figure pairs, wording pairs); --show lists each pair.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.model import Brief, Lang
from citebrief.text.repeated_figures import content_words, repeated_pairs, word_overlap

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SETS = ("zh-policy", "zh-news", "zh-clts", "en-cnndm")
# most of the shorter bullet's content words in the other; Chinese character pairs share more
# by the topic alone ("城镇职工基本养老保险" in every bullet of a pension report)
HEAVY_OVERLAP = {"en": 0.6, "zh": 0.8}
# ... of six at least: "Stewart was a wicketkeeper-batsman for England." shares most of its four
# words with any bullet on him without saying the same thing
FEWEST_WORDS = {"en": 6, "zh": 10}


@dataclass
class Pair:
    record: int
    kind: str  # "figure" or "wording"
    what: str
    first: str
    second: str


@dataclass
class Tally:
    articles: int = 0
    pairs: list[Pair] = field(default_factory=list)


def brief_pairs(brief: Brief, lang: Lang, record: int) -> list[Pair]:
    """Each pair of bullets of `brief` that states one figure, or most of the same words."""
    bullets = [(g, p.text) for g, group in enumerate(brief.groups) for p in group.points]
    found: list[Pair] = []
    figures = {(a, b): shared for a, b, shared in repeated_pairs([text for _, text in bullets], lang)}
    for (a, (group_a, first)), (b, (group_b, second)) in combinations(enumerate(bullets), 2):
        where = f"groups {group_a + 1}/{group_b + 1}"
        if (a, b) in figures:
            found.append(Pair(record, "figure", f"{where} {sorted(figures[a, b])}", first, second))
            continue
        overlap = word_overlap(first, second, lang)
        fewest = min(len(content_words(first, lang)), len(content_words(second, lang)))
        if overlap >= HEAVY_OVERLAP[lang] and fewest >= FEWEST_WORDS[lang]:
            found.append(Pair(record, "wording", f"{where} overlap {overlap:.2f}", first, second))
    return found


def tally(name: str, limit: int | None) -> Tally:
    result = Tally()
    with (DATA / f"{name}.jsonl").open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if limit is not None and number >= limit:
                break
            record = json.loads(line)
            document = document_from_text(record["article"], origin=str(number), kind="text")
            result.articles += 1
            result.pairs += brief_pairs(draft_extractive(document), document.lang, number)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=60)
    parser.add_argument("--sets", nargs="+", default=list(SETS))
    parser.add_argument("--show", action="store_true", help="list every pair")
    arguments = parser.parse_args()
    for name in arguments.sets:
        result = tally(name, arguments.limit)
        figures = sum(p.kind == "figure" for p in result.pairs)
        briefs = len({p.record for p in result.pairs})
        print(
            f"{name}: {result.articles} articles, {briefs} briefs with a repeat, "
            f"{figures} same-figure pairs, {len(result.pairs) - figures} same-wording pairs"
        )
        if arguments.show:
            for pair in result.pairs:
                print(f"  [{pair.record}] {pair.kind} {pair.what}\n    A: {pair.first}\n    B: {pair.second}")


if __name__ == "__main__":
    main()
