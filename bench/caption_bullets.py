"""Caption run-ons that reach a brief: en-cnndm bullets that are, or hold, a photo caption.

    .venv/bin/python bench/caption_bullets.py [--show N] [--ref main]

Drafts the extractive brief of every en-cnndm article (as the CLI reads a text file) and counts
the bullets a caption has likely run into, each by one yardstick (this tree's), so that
`--ref REV` (the code of a git revision, run in its own interpreter) is measured the same way:

- over 45 words;
- a caption's mark inside: "(pictured)", "(left)", ", right,", "Scroll down for video", or a
  "Label: Text" caption after a lowercase word ("… in the 1960s Close-up: The piece …");
- opening as a caption (text/caption_lines.py: "X in action", "X is spoken to by", "X
  celebrates", "X pictured with", "Label: text");
- a picture's words inside ("in action", "is spoken to", "pictured with");
- ending in a closing quote or bracket with no stop before it ("… 'about sex'", "… cars)"): a
  caption's end, not a sentence's.
"""

from __future__ import annotations

import argparse
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from citebrief.text.caption_lines import caption_opening
from revision import export_src, run_json

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
LONG_WORDS = 45
MARKS = re.compile(
    r"\((?:far |second )?(?:left|right|centre|center|above|below|inset|pictured)\)"
    r"|, (?:far |second )?(?:left|right|pictured),"
    r"|(?i:scroll down for video)"
    r"|[a-z0-9] [A-Z][A-Za-z'’-]*(?: [a-z][a-z'’-]*){0,2}: [A-Z]"
)
PICTURE_WORDS = re.compile(r"\b(?:in action|is spoken to|(?:is|are) pictured|pictured (?:with|at|during|on))\b")
OPEN_END = re.compile(r"[^.!?…][\"'”’)\]]$")
KINDS: dict[str, Callable[[str], bool]] = {
    f"over {LONG_WORDS} words": lambda text: len(text.split()) > LONG_WORDS,
    "a caption mark": lambda text: bool(MARKS.search(text)),
    "opens as a caption": lambda text: caption_opening(text) is not None,
    "picture words inside": lambda text: bool(PICTURE_WORDS.search(text)),
    "no stop before a closing quote": lambda text: bool(OPEN_END.search(text)),
}
WORKER = r"""
import json, sys
from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
out = []
with open(sys.argv[1], encoding="utf-8") as handle:
    for line in handle:
        record = json.loads(line)
        document = document_from_text(record["article"], origin=record["id"], kind="text")
        out += [point.text for point in draft_extractive(document).points()]
print(json.dumps(out))
"""


def bullets(src: Path | None) -> list[str]:
    """Every en-cnndm bullet, by the code under `src` (this tree's when None), in a fresh interpreter."""
    code = src if src is not None else Path(__file__).resolve().parents[1] / "src"
    result: list[str] = run_json(code, WORKER, str(DATA / "en-cnndm.jsonl"))
    return result


def report(name: str, texts: list[str], show: int) -> None:
    flagged = {kind: [t for t in texts if test(t)] for kind, test in KINDS.items()}
    any_kind = sum(any(test(t) for test in KINDS.values()) for t in texts)
    counts = "  ".join(f"{kind} {len(found)}" for kind, found in flagged.items())
    print(f"{name}: en-cnndm bullets {len(texts)}  {counts}  any of these {any_kind}")
    for kind, found in flagged.items():
        for text in found[:show]:
            print(f"  {kind}: {text[:300]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--show", type=int, default=0, help="print this many bullets of each kind")
    parser.add_argument("--ref", default=None, help="also measure the code of this git revision (e.g. main)")
    args = parser.parse_args()
    if args.ref:
        with tempfile.TemporaryDirectory() as folder:
            report(args.ref, bullets(export_src(args.ref, Path(folder) / "ref")), args.show)
    report("this tree", bullets(None), args.show)


if __name__ == "__main__":
    main()
