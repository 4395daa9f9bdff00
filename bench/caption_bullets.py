"""Caption run-ons that reach a brief: en-cnndm bullets over 45 words, and bullets with a caption mark.

    .venv/bin/python bench/caption_bullets.py [--show N]

Drafts the extractive brief of every en-cnndm article (as the CLI reads a text file) and counts
the bullets a caption has likely run into: over 45 words, or holding a caption's mark inside —
"(pictured)", "(left)", ", right,", "Scroll down for video", or a "Label: Text" caption after a
lowercase word ("… in the 1960s Close-up: The piece …").
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
LONG_WORDS = 45
MARKS = re.compile(
    r"\((?:far |second )?(?:left|right|centre|center|above|below|inset|pictured)\)"
    r"|, (?:far |second )?(?:left|right|pictured),"
    r"|(?i:scroll down for video)"
    r"|[a-z0-9] [A-Z][A-Za-z'’-]*(?: [a-z][a-z'’-]*){0,2}: [A-Z]"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--show", type=int, default=0, help="print this many bullets of each kind")
    args = parser.parse_args()
    bullets = 0
    long: list[str] = []
    marked: list[str] = []
    with (DATA / "en-cnndm.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            document = document_from_text(record["article"], origin=record["id"], kind="text")
            for point in draft_extractive(document).points():
                bullets += 1
                if len(point.text.split()) > LONG_WORDS:
                    long.append(point.text)
                if MARKS.search(point.text):
                    marked.append(point.text)
    print(f"en-cnndm bullets {bullets}  over {LONG_WORDS} words {len(long)}  with a caption mark {len(marked)}")
    for label, texts in (("long", long), ("marked", marked)):
        for text in texts[: args.show]:
            print(f"  {label}: {text[:300]}")


if __name__ == "__main__":
    main()
