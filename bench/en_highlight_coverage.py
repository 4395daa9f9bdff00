"""How many of en-cnndm's highlights (the editors' own summary facts) some bullet of the brief says.

    PYTHONPATH=src:bench .venv/bin/python bench/en_highlight_coverage.py [--limit 200] [--dump FILE]
        [--threshold 0.6] [--show]

Each record's summary is cut into its highlights (" . "-separated sentences). A highlight's
content words are its lower-cased words of three letters or more (or any figure), stopwords out,
a plural's final "s" off. A highlight is covered when the bullet sharing most of them shares at
least THRESHOLD of them (0.6: a bullet saying the fact in the article's own words shares most of
the names, figures and outcome words; a paraphrase below that counts as a miss, so read --show).
The engine never sees the summary: this bench only counts. Without --dump, the briefs are drafted
from this tree's code; with --dump, read from a file of `/work/tools/dump.py` (one "=== set N"
block per record, bullets as "- text [n]").
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "en-cnndm.jsonl"

STOP = frozenset(
    str.split(
        "the and for was were are has have had his her its their they them she him who whom which that this "
        "these those with from into onto over under after before about than then there here when where while "
        "what why how not but also been being will would could should can may might must did does done said "
        "says say one two all any some more most other such only own same very just out off per via our your "
        "you too upon because during new first last year years time week month day"
    )
)
WORD = re.compile(r"[a-z]+|\d+(?:[.,]\d+)*")
CITE = re.compile(r"(?:\s*\[\d+\])+\s*$")


def words(text: str) -> set[str]:
    """A text's content words: lower-cased, stopwords and two-letter words out, plural "s" off."""
    found = set()
    for w in WORD.findall(text.lower().replace("’", "'")):
        if w[0].isdigit():
            found.add(w.replace(",", ""))
        elif len(w) >= 3 and w not in STOP:
            found.add(w[:-1] if w.endswith("s") and len(w) > 3 else w)
    return found


def highlights(summary: str) -> list[str]:
    """The summary's highlights: its " . "-separated sentences with words in them."""
    return [h.strip() for h in re.split(r"\s\.\s|\s\.$", summary) if words(h)]


def best_share(highlight: str, bullets: list[str]) -> tuple[float, str]:
    """The share of the highlight's content words the best bullet says, and that bullet."""
    want = words(highlight)
    best = max(bullets, key=lambda b: len(want & words(b)), default="")
    return (len(want & words(best)) / len(want) if want else 1.0), best


def dumped(path: str) -> list[list[str]]:
    """Each record's bullets from a dump.py file."""
    briefs: list[list[str]] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            briefs.append([])
        elif line.startswith("- ") and briefs:
            briefs[-1].append(CITE.sub("", line[2:]))
    return briefs


def drafted(records: list[dict[str, str]]) -> list[list[str]]:
    """Each record's bullets, drafted by this tree's code."""
    import warnings

    warnings.filterwarnings("ignore")
    from citebrief.ingest import document_from_text
    from citebrief.pipeline import draft

    out = []
    for i, record in enumerate(records):
        document = document_from_text(record["article"], origin=f"en-cnndm-{i}", kind="text")
        out.append([p.text for g in draft(document).groups for p in g.points])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--dump", default="")
    parser.add_argument("--threshold", type=float, default=0.6)
    parser.add_argument("--show", action="store_true", help="list every highlight no bullet covers")
    args = parser.parse_args()
    records = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()[: args.limit]]
    briefs = dumped(args.dump)[: args.limit] if args.dump else drafted(records)
    total = covered = 0
    for i, (record, bullets) in enumerate(zip(records, briefs, strict=True)):
        for highlight in highlights(record["summary"]):
            total += 1
            share, best = best_share(highlight, bullets)
            if share >= args.threshold:
                covered += 1
            elif args.show:
                print(f"en-cnndm {i} ({share:.2f}): {highlight}\n    best: {best[:160]}")
    print(f"highlights covered (best bullet shares >= {args.threshold:.0%} of content words): {covered} of {total}")


if __name__ == "__main__":
    main()
