"""Page debris in English bullets: captions, credits, list numbers and glued sentences that reach a
brief in the readers' form (`citebrief run FILE` of each record's raw article).

    .venv/bin/python bench/page_debris.py [--limit 200] [--show N] [--ref REV] [--dump FILE]

Drafts en-cnndm and en-xsum as `citebrief.pipeline.draft` does a text file and counts the bullets
that hold each kind of debris, by this tree's yardstick for both sides (`--ref REV` runs the code
of that revision in its own interpreter), so a rule's effect reads as counts before → after.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from revision import export_src, run_json

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SETS = ("en-cnndm", "en-xsum")
# words before a number that ends a sentence as a date, an age, a score or a rank, not a list's item number
_NOT_A_LIST = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "No",
        "under",
        "of",
        "age",
        "aged",
        "in",
        "at",
        "to",
        "par",
        "and",
        "or",
        "was",
        "is",
        "by",
        "for",
        "were",
        "be",
        "just",
        "only",
        "about",
        "over",
        "than",
        "from",
        "top",
        "page",
        "Page",
    ]
)


def _trailing_number(text: str) -> bool:
    """A bullet ending on a bare number after a word that does not take one ("… Prince Harry 9.")."""
    found = re.search(r"([A-Za-z]+),? \d{1,2}\.$", text)
    return found is not None and found.group(1) not in _NOT_A_LIST and not text[: found.start(1)].endswith(", ")


KINDS: dict[str, Callable[[str], bool]] = {
    "scroll down": lambda t: bool(re.search(r"(?i)scroll down", t)),
    "pictured": lambda t: bool(re.search(r"\bPictured\b|\((?:pictured|above|below|inset)\)", t)),
    "(left/right/centre)": lambda t: bool(
        re.search(r"\((?:far |second |top |bottom )?(?:left|right|centre|center)\)", t)
    ),
    "trailing list number": _trailing_number,
    "caption stack": lambda t: (
        len(re.findall(r"(?:^|[a-z0-9.] )[A-Z][A-Za-z'’-]*(?: [A-Za-z'’-]+){0,2}: [A-Z]", t)) >= 2
    ),
    "click here / read more": lambda t: bool(re.search(r"(?i)click here|read more\b", t)),
    "daily mail": lambda t: bool(re.search(r"Daily Mail|MailOnline|Mail Online", t)),
    "credit": lambda t: bool(
        re.search(r"(?i)credit:|\bphoto(?:graph)?:|\b(?:Getty|AP|Reuters|PA|EPA|AFP) Images?\b", t)
    ),
    "glued sentences": lambda t: bool(re.search(r"[a-z]{2,}[.!?][\"'”’]?[A-Z][a-z]", t)),
    "page boilerplate": lambda t: bool(re.search(r"Media playback is not|Share this with|Copy this link", t)),
    "over 50 words": lambda t: len(t.split()) > 50,
}
WORKER = r"""
import json, sys
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
out = []
for path in sys.argv[1:-1]:
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number >= int(sys.argv[-1]):
                break
            record = json.loads(line)
            brief = draft(document_from_text(record["article"], origin="x", kind="text"))
            out += [[path.rsplit("/", 1)[-1][:-6], number, p.text] for g in brief.groups for p in g.points]
print(json.dumps(out))
"""


def bullets(src: Path | None, limit: int) -> list[list]:
    """[set, record, bullet] of every bullet, by the code under `src` (this tree's when None)."""
    code = src if src is not None else Path(__file__).resolve().parents[1] / "src"
    paths = [str(DATA / f"{name}.jsonl") for name in SETS]
    result: list[list] = run_json(code, WORKER, *paths, str(limit))
    return result


def report(name: str, rows: list[list], show: int) -> None:
    for set_name in SETS:
        texts = [(n, t) for s, n, t in rows if s == set_name]
        flagged = {kind: [(n, t) for n, t in texts if test(t)] for kind, test in KINDS.items()}
        any_kind = sum(any(test(t) for test in KINDS.values()) for _, t in texts)
        print(f"{name} {set_name}: bullets {len(texts)}  any {any_kind}")
        print("   " + "  ".join(f"{kind} {len(found)}" for kind, found in flagged.items()))
        for kind, found in flagged.items():
            for number, text in found[:show]:
                print(f"  {kind} [{number}]: {text[:300]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--show", type=int, default=0, help="print this many bullets of each kind")
    parser.add_argument("--ref", default=None, help="also measure the code of this git revision")
    parser.add_argument("--dump", default=None, help="write this tree's bullets as JSON here")
    args = parser.parse_args()
    if args.ref:
        with tempfile.TemporaryDirectory() as folder:
            report(args.ref, bullets(export_src(args.ref, Path(folder) / "ref"), args.limit), args.show)
    rows = bullets(None, args.limit)
    if args.dump:
        Path(args.dump).write_text(json.dumps(rows), encoding="utf-8")
    report("this tree", rows, args.show)


if __name__ == "__main__":
    main()
