"""A photo's pointer left in a bullet: how many bullets of each set still hold one.

    .venv/bin/python bench/caption_markers.py [--sets en-cnndm ...] [--limit 200] [--show 5] [--ref REV]

Drafts the extractive brief of each record (as the CLI reads a text file) and counts the bullets
holding a marker of a photo beside the sentence on its page: a bracketed "(pictured)", "(left)",
"(file picture)"; a comma aside ", pictured above," or ", left,"; "pictured" anywhere. The last
counts news too ("were pictured with the senator") and is shown apart. `--ref REV` measures the
code of a git revision the same way (in its own interpreter), for a before and after.
"""

from __future__ import annotations

import argparse
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from revision import export_src, run_json

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SETS = ("zh-policy", "zh-news", "zh-clts", "en-cnndm")
WHERE = r"(?:(?:far|top|bottom|second from) )?(?:left|right|centre|center|above|below|inset|top|bottom)"
KINDS: dict[str, Callable[[str], bool]] = {
    "bracketed pointer": lambda text: bool(
        re.search(rf"\((?i:pictured(?: [^()]{{0,30}})?|{WHERE}|file (?:picture|photo|image))\)", text)
    ),
    "comma pointer": lambda text: bool(re.search(rf", (?:pictured(?: {WHERE}| here)?|{WHERE}),", text)),
    "pictured anywhere": lambda text: "pictured" in text.lower(),
}
WORKER = r"""
import json, sys
from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
out = []
with open(sys.argv[1], encoding="utf-8") as handle:
    for number, line in enumerate(handle):
        if number >= int(sys.argv[2]):
            break
        record = json.loads(line)
        document = document_from_text(record["article"], origin=record["id"], kind="text")
        out += [[number, point.text] for point in draft_extractive(document).points()]
print(json.dumps(out))
"""


def bullets(src: Path | None, name: str, limit: int) -> list[tuple[int, str]]:
    """The set's bullets with their record index, by the code under `src` (this tree's when None)."""
    code = src if src is not None else Path(__file__).resolve().parents[1] / "src"
    result: list[list[int | str]] = run_json(code, WORKER, str(DATA / f"{name}.jsonl"), str(limit))
    return [(int(number), str(text)) for number, text in result]


def report(label: str, name: str, found: list[tuple[int, str]], show: int) -> None:
    flagged = {kind: [(n, t) for n, t in found if test(t)] for kind, test in KINDS.items()}
    counts = "  ".join(f"{kind} {len(hits)}" for kind, hits in flagged.items())
    print(f"{label} {name}: bullets {len(found)}  {counts}")
    for kind, hits in flagged.items():
        for number, text in hits[:show]:
            print(f"  {kind} [{number}]: {text[:300]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sets", nargs="+", default=list(SETS))
    parser.add_argument("--limit", type=int, default=200, help="records read from each set")
    parser.add_argument("--show", type=int, default=0, help="print this many bullets of each kind")
    parser.add_argument("--ref", default=None, help="also measure the code of this git revision (e.g. main)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        ref_src = export_src(args.ref, Path(folder) / "ref") if args.ref else None
        for name in args.sets:
            if ref_src is not None:
                report(args.ref, name, bullets(ref_src, name, args.limit), args.show)
            report("this tree", name, bullets(None, name, args.limit), args.show)


if __name__ == "__main__":
    main()
