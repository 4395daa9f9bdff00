"""Where the brief puts the main fact of en-xsum's one-line reporter summary: the overview, a later group, or nowhere.

    PYTHONPATH=src:bench .venv/bin/python bench/en_summary_placement.py [--start 0] [--limit 200] [--show]

An xsum summary is the story's own first sentence, cut off the article, so no article sentence
says it word for word. Its fact is read here as the article sentence that shares most of its
content words (`en_highlight_coverage.words`, kept to those the article writes): a group holds
the fact where one of its bullets says most (`HOLDS`) of that sentence's content words. It
prints how many briefs hold it in the overview (the first group), in another group, or nowhere,
by where that sentence stands in the article (the lead's first five, or later), and the mean
share of the summary's content words the overview and the whole brief say. The engine never
sees the summary: this bench only counts. `--show` lists the briefs that hold it late or not at all.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from en_highlight_coverage import words

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "en-xsum.jsonl"
HOLDS = 0.6  # of the fact sentence's content words, said by one bullet
LEAD = 5  # the article's first sentences: the lead


@dataclass(frozen=True)
class Placement:
    """Where one brief holds its summary's fact."""

    where: str  # "overview", "other group" or "missing"
    sentence: int  # the article sentence read as the fact (-1: the article has none)
    overview_share: float  # of the summary's content words the article writes, the overview says
    brief_share: float  # ... and the whole brief


def placement(summary: str, sentences: list[str], groups: list[list[str]]) -> Placement:
    """Where the `groups`' bullets (the overview first) hold the summary's fact, read as the
    article sentence of `sentences` that shares most of its content words."""
    key = words(summary) & set().union(*(words(s) for s in sentences))
    if not key or not groups:
        return Placement("missing", -1, 0.0, 0.0)
    best = max(range(len(sentences)), key=lambda k: len(key & words(sentences[k])))
    fact = words(sentences[best])

    def holds(bullets: list[str]) -> bool:
        return any(len(fact & words(b)) >= HOLDS * len(fact) for b in bullets)

    def share(bullets: list[str]) -> float:
        return len(key & set().union(*(words(b) for b in bullets))) / len(key)

    where = "overview" if holds(groups[0]) else "other group" if any(holds(g) for g in groups[1:]) else "missing"
    return Placement(where, best, share(groups[0]), share([b for g in groups for b in g]))


def drafted(article: str, origin: str) -> tuple[list[str], list[list[str]]]:
    """The article's sentences, as the engine cuts them, and its brief's bullets by group."""
    from citebrief.ingest import document_from_text
    from citebrief.pipeline import draft

    document = document_from_text(article, origin=origin, kind="text")
    sentences = [s.text for segment in document.segments for s in segment.sentences]
    return sentences, [[p.text for p in g.points] for g in draft(document).groups]


def main() -> None:
    import warnings

    warnings.filterwarnings("ignore")
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--show", action="store_true", help="list the briefs that hold the fact late or not at all")
    args = parser.parse_args()
    lines = DATA.read_text(encoding="utf-8").splitlines()[args.start : args.start + args.limit]
    tally: dict[tuple[str, str], list[int]] = defaultdict(list)
    shares: Counter[str] = Counter()
    for n, line in enumerate(lines, args.start):
        record = json.loads(line)
        sentences, groups = drafted(record["article"], f"en-xsum-{n}")
        found = placement(record["summary"], sentences, groups)
        tally[(found.where, "lead" if 0 <= found.sentence < LEAD else "later")].append(n)
        shares["overview"] += found.overview_share
        shares["brief"] += found.brief_share
        if args.show and found.where != "overview":
            print(f"en-xsum {n} {found.where} (sentence {found.sentence}): {record['summary']}")
    for (where, at), ns in sorted(tally.items()):
        print(f"{where:12} fact in the {at:5}: {len(ns):3}  {' '.join(map(str, ns))}")
    count = max(1, len(lines))
    print(f"summary words said: overview {shares['overview'] / count:.3f}, whole brief {shares['brief'] / count:.3f}")


if __name__ == "__main__":
    main()
