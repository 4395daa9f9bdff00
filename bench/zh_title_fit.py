"""How many Chinese group titles their group's bullets say, before (git REF) and after.

    .venv/bin/python bench/zh_title_fit.py [--ref main] [--sets zh-news zh-clts zh-policy] [--limit 200] [--show one]

Blind readers of zh-news mark down a group title that names one bullet's detail rather than what
the bullets share ("抢修救援" over revenue figures, "停电户数" over a group holding the death toll).
This reads, on the briefs `citebrief run` makes of each record's raw article (the readers' form),
each group title after the overview and counts by how many of its group's bullets say it: all,
most (more than half), some (two or more, half at most), one, none. A title with a heading
("组织实施：X") is read by its part after the colon; a title joining things with "、" is said by
a bullet that says any of them. Only groups of three bullets or more are counted (two bullets
leave no "most"). A proxy, not a read: a title said by every bullet may still be the article's
subject, and one a single bullet says may still name the group well.
"""

from __future__ import annotations

import argparse

from revision import set_both

KINDS = ("all", "most", "some", "one", "none")
MIN_BULLETS = 3

# per article: [[group title, bullets], ...] (the overview left out)
_SCRIPT = """
import json, sys
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
out = []
for article in json.load(open(sys.argv[1], encoding="utf-8")):
    brief = draft(document_from_text(article, origin="article.txt", kind="text"))
    out.append([[g.title, [p.text for p in g.points]] for g in brief.groups[1:]])
print(json.dumps(out))
"""


def sayers(title: str, bullets: list[str]) -> int:
    """How many of `bullets` say `title` (its part after a heading's colon; any of its "、" parts)."""
    parts = [p.casefold() for p in title.rpartition("：")[2].split("、") if p]
    return sum(any(p in b.casefold() for p in parts) for b in bullets)


def fit(title: str, bullets: list[str]) -> str:
    """The kind of `KINDS` the title is of its group."""
    said = sayers(title, bullets)
    if said == len(bullets):
        return "all"
    if said * 2 > len(bullets):
        return "most"
    return "some" if said >= 2 else ("one" if said == 1 else "none")


def _counts(briefs: list[list[list[object]]]) -> str:
    kinds = [fit(str(t), list(b)) for brief in briefs for t, b in brief if len(b) >= MIN_BULLETS]  # type: ignore[call-overload]
    return f"titles {len(kinds)}: " + ", ".join(f"{kind} {kinds.count(kind)}" for kind in KINDS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--ref", default="main", help="the git ref whose code makes the BEFORE briefs")
    parser.add_argument("--sets", nargs="+", default=["zh-news", "zh-clts", "zh-policy"])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--show", choices=KINDS, help="list the AFTER titles of this kind, by record")
    args = parser.parse_args()
    for name in args.sets:
        read, before, after = set_both(args.ref, _SCRIPT, name, args.limit)
        changed = sum(old != new for old, new in zip(before, after, strict=True))
        print(f"{name} ({read} articles, {changed} with other group titles)")
        print(f"  before: {_counts(before)}")
        print(f"  after:  {_counts(after)}")
        if args.show:
            for n, groups in enumerate(after):
                for title, bullets in groups:
                    if len(bullets) >= MIN_BULLETS and fit(title, bullets) == args.show:
                        print(f"  {name} {n}: {title!r} over {len(bullets)} bullets")


if __name__ == "__main__":
    main()
