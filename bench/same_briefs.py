"""Whether this tree writes the same briefs as another git revision, byte for byte.

    .venv/bin/python bench/same_briefs.py [--ref main] [--limit 40] [--show 3] [--diff] [--as-pasted]

A speed change must not change a brief. Each version runs in its own interpreter over the
examples (`examples/*`, read as `citebrief run` reads them) and the first `--limit` articles of
every shared data set (one-block articles cut into paragraphs of 3 sentences, as the benches
do); both draft and verify, the brief rendered as JSON. It prints how many briefs differ and the
first few that do, and exits 1 when any does.

`--as-pasted` drafts each article as a user pastes it instead (no cut into paragraphs, so a
one-block article takes the passage path; draft only, the brief as text, as
`render(draft(d), d, "text")` prints it): a change can move briefs in one view and not the other.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import sys
import tempfile
from pathlib import Path

from revision import export_src, run_json

ROOT = Path(__file__).resolve().parents[1]
SETS = ("zh-policy", "zh-news", "zh-clts", "en-cnndm", "en-xsum")
WORKER = r"""
import json, sys, warnings
warnings.filterwarnings("ignore")
sys.path.insert(0, sys.argv[1])
import extractive as bench
from citebrief.ingest import document_from_text, ingest
from citebrief.options import BriefOptions
from citebrief.pipeline import brief_document, draft, render
root, sets, limit, form = sys.argv[2], json.loads(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
as_pasted = sys.argv[6] == "pasted"
options = BriefOptions()
out = {}
def one(key, document):
    brief = draft(document) if as_pasted else brief_document(document, options).brief
    out[key] = render(brief, document, form)
import pathlib
for path in sorted(pathlib.Path(root, "examples").iterdir()):
    if path.suffix in (".txt", ".html", ".md"):
        one(path.name, ingest(str(path)))
for name in sets:
    for record in bench.read_records(bench.DATA / f"{name}.jsonl", limit=limit):
        text = record.article if as_pasted else bench.as_article(record).text
        one(f"{name}/{record.id}", document_from_text(text, origin="bench", kind="text"))
json.dump(out, sys.stdout)
"""


def _briefs(src: Path, limit: int, form: str, as_pasted: bool = False) -> dict[str, str]:
    """The briefs the code under `src` writes, by key (`examples/<file>` name or `<set>/<id>`)."""
    mode = "pasted" if as_pasted else "cut"
    args = (str(ROOT / "bench"), str(ROOT), json.dumps(SETS), str(limit), form, mode)
    result: dict[str, str] = run_json(src, WORKER, *args)
    return result


def differing(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """The keys whose brief is not the same in both, one missing from either side included."""
    return [key for key in before if before[key] != after.get(key)] + [key for key in after if key not in before]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--ref", default="main", help="the git revision to compare with")
    parser.add_argument("--limit", type=int, default=40, help="articles per data set")
    parser.add_argument("--show", type=int, default=3, help="differing briefs to print")
    parser.add_argument(
        "--diff", action="store_true", help="compare the text briefs and print the changed lines of each"
    )
    parser.add_argument(
        "--as-pasted",
        action="store_true",
        help="draft each article as pasted (no cut into paragraphs: the passage path), brief as text",
    )
    args = parser.parse_args()
    textual = args.diff or args.as_pasted
    form = "text" if textual else "json"
    with tempfile.TemporaryDirectory() as folder:
        before_src = export_src(args.ref, Path(folder))
        before = _briefs(before_src, args.limit, form, args.as_pasted)
    after = _briefs(ROOT / "src", args.limit, form, args.as_pasted)
    differ = differing(before, after)
    digest = hashlib.sha256(json.dumps(after, sort_keys=True).encode()).hexdigest()[:12]
    print(f"{len(before)} briefs ({args.ref} vs this tree): {len(differ)} differ; this tree's digest {digest}")
    for key in differ[: args.show]:
        if textual:
            lines = difflib.unified_diff(
                before.get(key, "").splitlines(), after.get(key, "").splitlines(), key, key, n=0, lineterm=""
            )
            print("\n".join(line for line in lines if not line.startswith("@@")))
        else:
            print(
                f"\n--- {key}\n{before.get(key, '(missing)')[:1500]}\n+++ {key}\n{after.get(key, '(missing)')[:1500]}"
            )
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
