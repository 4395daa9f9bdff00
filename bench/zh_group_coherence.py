"""How many Chinese theme groups hold bullets that share nothing, before (git REF) and after.

    .venv/bin/python bench/zh_group_coherence.py [--ref main] [--sets zh-news zh-clts] [--limit 200]

Blind readers mark down a group that mixes unrelated bullets ("'电子产品消费' also holds unrelated
statistics"). This counts, on the briefs `citebrief run` makes of each record's raw article (the
readers' form), the theme groups (the overview left out) none of whose bullets shares a name or
noun of two characters or more (`zh_regroup.key_words`) with another of the group, less the
words 30% of the article's sentences say (what the whole article is about), and the loners:
bullets that share none with the rest of their group. A proxy, not a read: a group of a
minister's three measures may share no noun and still read as one theme.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from revision import export_src, run_both

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

# per article, per theme group: [bullets, shares nothing (0/1), loners]
_SCRIPT = """
import json, re, sys
from collections import Counter
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.engines.zh_regroup import key_words
out = []
for article in json.load(open(sys.argv[1], encoding="utf-8")):
    brief = draft(document_from_text(article, origin="article.txt", kind="text"))
    sentences = [s for s in re.split(r"(?<=[。！？])", article) if s.strip()]
    said = Counter(w for s in sentences for w in key_words(s))
    common = {w for w, n in said.items() if n >= 0.3 * len(sentences)}
    groups = []
    for group in brief.groups[1:]:
        keys = [key_words(p.text) - common for p in group.points]
        shared = [k & set().union(*(o for j, o in enumerate(keys) if j != i)) for i, k in enumerate(keys)]
        groups.append([len(keys), int(not any(shared)), sum(not s for s in shared)])
    out.append(groups)
print(json.dumps(out))
"""


def _summary(briefs: list[list[list[int]]]) -> str:
    groups = [g for brief in briefs for g in brief]
    bullets = sum(g[0] for g in groups)
    return (
        f"groups {len(groups)}, sharing nothing {sum(g[1] for g in groups)}, "
        f"loners {sum(g[2] for g in groups)} of {bullets} bullets"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--ref", default="main", help="the git ref whose code makes the BEFORE briefs")
    parser.add_argument("--sets", nargs="+", default=["zh-news", "zh-clts"])
    parser.add_argument("--limit", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        before_src = export_src(args.ref, Path(folder) / "before")
        for name in args.sets:
            lines = (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()[: args.limit]
            articles = [json.loads(line)["article"] for line in lines]
            # each article's groups as `_SCRIPT` counts them
            before, after = run_both(before_src, _SCRIPT, articles, Path(folder) / f"{name}.json")
            changed = sum(old != new for old, new in zip(before, after, strict=True))
            print(f"{name} ({len(lines)} articles, {changed} with other groups)")
            print(f"  before: {_summary(before)}")
            print(f"  after:  {_summary(after)}")


if __name__ == "__main__":
    main()
