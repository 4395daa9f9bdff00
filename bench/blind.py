"""Blind side-by-side pairs: the brief before (git's main branch) and after, in random order.

    .venv/bin/python bench/blind.py [--per-set N] [--out DIR] [--seed S] [--before REF] [--changed]

Takes N articles (default 8) from each of zh-policy, zh-news, zh-clts, en-cnndm and en-xsum, writes the
BEFORE brief (the code of git ref REF, default main, exported with `git archive REF src` into a temporary folder and
run in a subprocess) and the AFTER brief (this worktree), and writes `pairs.md` with each
article's source cut into the numbered paragraphs or passages its briefs cite (as `citebrief
segments` prints them, so each [n] can be checked; twice, A's and B's, where the two versions cut
it differently) and its two briefs as A and B in random order, plus `key.json` saying which is
which. A reader scores each brief 1–5 on titles, grouping, bullet quality, coverage and citations
against the reference brief's standard without opening the key.

With `--changed`, each set's articles are drawn (in the seed's random order) only among those
whose two briefs differ: a read of what one round of work changed, where unchanged briefs would
only dilute the difference (`--sets` names the sets to draw from). With `--cut`, a one-block
article is read as the benches cut it into paragraphs of 3 sentences (`bench/same_briefs.py`'s
default view, where some changes show and the pasted view does not); by default, as pasted.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from pathlib import Path

from citebrief.eval.rouge import Record
from extractive import as_article
from revision import SEGMENT_LINES, blind_order, export_src, numbered_source, run_json, write_pairs

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SETS = ("zh-policy", "zh-news", "zh-clts", "en-cnndm", "en-xsum")
ROOT = Path(__file__).resolve().parents[1]


Brief = tuple[str, list[str]]  # the text brief, and its source's numbered lines (`revision.SEGMENT_LINES`)


def _briefs(src: Path, files: list[Path]) -> list[Brief]:
    """Text briefs of `files` by the code under `src`, in a fresh interpreter, each with its
    source numbered as that code cuts it (the [n] its brief cites)."""
    script = (
        "import sys\nfrom citebrief.ingest import document_from_text\nfrom citebrief.pipeline import draft, render\n"
        "import json\nout=[]\nfor p in sys.argv[1:]:\n"
        "    d=document_from_text(open(p,encoding='utf-8').read(),origin=p,kind='text')\n"
        f"    out.append((render(draft(d),d,'text'), {SEGMENT_LINES}))\nprint(json.dumps(out))\n"
    )
    return [(brief, lines) for brief, lines in run_json(src, script, *map(str, files))]


def pair_text(number: int, first: Brief, second: Brief) -> str:
    """One article of pairs.md: its source numbered as the briefs cite it, then Brief A and Brief B."""
    source = numbered_source(first[1], second[1])
    return f"# Article {number}\n\n{source}\n\n## Brief A\n\n```\n{first[0]}```\n\n## Brief B\n\n```\n{second[0]}```\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--per-set", type=int, default=8)
    parser.add_argument("--out", type=Path, default=Path("/tmp/citebrief-blind"))
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--before", default="main", help="the git ref whose code makes the BEFORE briefs")
    parser.add_argument("--changed", action="store_true", help="draw only articles whose two briefs differ")
    parser.add_argument("--sets", nargs="+", choices=SETS, default=list(SETS))
    parser.add_argument("--cut", action="store_true", help="one-block articles cut into paragraphs of 3 sentences")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        before_src = export_src(args.before, Path(folder) / "before")
        files: list[tuple[str, Path]] = []
        before: list[Brief] = []
        after: list[Brief] = []
        for name in args.sets:
            lines = (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
            drawn = rng.sample(range(len(lines)), len(lines) if args.changed else min(args.per_set, len(lines)))
            chosen: list[tuple[str, Path]] = []
            for index in drawn:
                record = json.loads(lines[index])
                path = Path(folder) / f"{name}-{index}.txt"
                text = record["article"]
                if args.cut:
                    text = as_article(Record(id=record["id"], article=text, summary=record.get("summary", ""))).text
                path.write_text(text, encoding="utf-8")
                chosen.append((record["id"], path))
            old = _briefs(before_src, [p for _, p in chosen])
            new = _briefs(ROOT / "src", [p for _, p in chosen])
            kept = [i for i in range(len(chosen)) if old[i][0] != new[i][0] or not args.changed][: args.per_set]
            files += [chosen[i] for i in kept]
            before += [old[i] for i in kept]
            after += [new[i] for i in kept]
        pairs, key = [], {}
        for number, ((ident, _), old, new) in enumerate(zip(files, before, after, strict=True), start=1):
            first, second, sides = blind_order(rng, old, new)
            key[str(number)] = {"id": ident, **sides}
            pairs.append(pair_text(number, first, second))
    write_pairs(args.out, pairs, key)


if __name__ == "__main__":
    main()
