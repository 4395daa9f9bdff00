"""Where the zh-clts reference summary's facts stand in the article, and why the brief left them.

    PYTHONPATH=src:bench .venv/bin/python bench/zh_summary_misses.py [--limit 100] [--threshold 0.5] [--show]

zh-clts's "summary" is an editor's lead paragraph. It is cut into facts at its clause marks
(，。；！？：). A fact's content is its character bigrams (Han characters, figures and Latin words
each one token, punctuation out). A fact is covered when the bullet or title sharing most of those
bigrams shares THRESHOLD of them. A miss gets one cause, the first that holds, after the
article sentence sharing most of its bigrams:

- paraphrase: no sentence shares THRESHOLD either (the editor's own words, or a fact the
  article never states: "冬至" for an article on "冬令进补");
- not usable: the sentence may never be a bullet (a question, a heading, a lead-in line);
- cut by trim: a bullet holds the sentence but says less of it;
- group cap: a bullet cites the sentence's passage but says another of its sentences;
- overview unpicked: a candidate among the first three sentences the overview passed over;
- no group: a candidate of a passage no bullet cites.

Counts per cause with the article numbers. The engine never sees the summary: this bench only counts.
"""

from __future__ import annotations

import argparse
import json
import re
import warnings
from itertools import pairwise
from pathlib import Path

from miss_survey import Miss, drafted, report

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "zh-clts.jsonl"
TOKEN = re.compile(r"[\u4e00-\u9fff]|\d+(?:[.,]\d+)*|[A-Za-z]+")
CLAUSE = re.compile(r"[，。；！？：;!?…]+|,(?!\d{3})")  # "21,597" is one figure
MIN_BIGRAMS = 3  # a clause shorter than this ("但现在") is a joint, no fact
LEAD = 3


def bigrams(text: str) -> set[str]:
    """A text's content bigrams: adjacent tokens (a Han character, a figure, a Latin word) of one clause."""
    found: set[str] = set()
    for clause in CLAUSE.split(text):
        tokens = [t.replace(",", "") for t in TOKEN.findall(clause)]
        found.update(a + b for a, b in pairwise(tokens))
    return found


def facts(summary: str) -> list[str]:
    """The summary's facts: its clauses of MIN_BIGRAMS bigrams or more."""
    return [c.strip() for c in CLAUSE.split(summary) if len(bigrams(c)) >= MIN_BIGRAMS]


def share(want: set[str], text: str) -> float:
    """The share of `want` that `text` says."""
    return len(want & bigrams(text)) / len(want) if want else 1.0


def cause_of(
    want: set[str],
    units: list[tuple[str, int]],
    usable: set[int],
    bullets: list[tuple[str, list[int]]],
    threshold: float,
) -> tuple[str, str]:
    """The cause of one missed fact (its bigrams `want`) and the sentence it stands in."""
    best = max(range(len(units)), key=lambda i: share(want, units[i][0]), default=-1)
    if best < 0 or share(want, units[best][0]) < threshold:
        return "paraphrase", units[best][0] if best >= 0 else ""
    text, paragraph = units[best]
    if best not in usable:
        return "not usable", text
    held = bigrams(text)
    cited = [b for b, paragraphs in bullets if paragraph in paragraphs]
    if any(len(held & bigrams(b)) >= 0.6 * len(held) for b in cited):
        return "cut by trim", text
    if cited:
        return "group cap", text
    if best < LEAD:
        return "overview unpicked", text
    return "no group", text


def survey(records: list[dict[str, str]], threshold: float) -> tuple[int, int, list[Miss]]:
    """Facts counted, covered, and each miss with its cause."""
    total = covered = 0
    misses = []
    for one, record in zip(drafted([r["article"] for r in records], "zh-clts"), records, strict=True):
        said = [b for b, _ in one.bullets] + one.titles
        for fact in facts(record["summary"]):
            total += 1
            want = bigrams(fact)
            if max((share(want, s) for s in said), default=0.0) >= threshold:
                covered += 1
                continue
            cause, sentence = cause_of(want, one.units, one.usable, one.bullets, threshold)
            misses.append(Miss(one.index, cause, fact, sentence))
    return total, covered, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--show", action="store_true", help="print each miss with its sentence")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    records = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()[: args.limit]]
    total, covered, misses = survey(records, args.threshold)
    report("zh-clts", "summary facts", total, covered, misses, args.threshold, show=args.show)


if __name__ == "__main__":
    main()
