"""How many English theme groups mix two people's stories, before (git REF) and after.

    .venv/bin/python bench/en_group_coherence.py [--ref main] [--limit 200] [--show]

Blind readers mark down an English news group that holds two subjects ("Montoya and Frankie, two
boys, mixed in one group"; a man's life and the driver under investigation). This reads, on the
briefs `citebrief run` makes of each en-cnndm record's raw article (the readers' form), each
theme group's bullets (the overview left out) for their actor (`en_actors.actor`: the named
person who says or does what, a leading He/She read as the last one named) and counts the
groups that mix two actors, each of two bullets or one, where no bullet names both ("mixed"),
and of those the ones whose bullets fall into two runs by actor (A A B B, "runs"); and the groups
whose bullets stand on both sides of another group's bullet in the article ("spanning": a group
folded or moved across another reads as two threads interleaved). A proxy, not
a read: a group of a manager's words on two players names both and is not counted.
"""

from __future__ import annotations

import argparse

from revision import set_both

# per article, per theme group: [bullets, actors, mixed (0/1), two runs (0/1), spans another group (0/1)]
_SCRIPT = """
import json, sys
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.en_actors import actor, key, person_key
out = []
for article in json.load(open(sys.argv[1], encoding="utf-8")):
    doc = document_from_text(article, origin="article.txt", kind="text")
    brief = draft(doc)
    sentences = [s.text for seg in doc.segments for s in seg.sentences]
    def at(text):
        head = text[:40]
        return next((k for k, s in enumerate(sentences) if head in s or s[:40] in text), None)
    groups = []
    places = [[at(p.text) for p in group.points] for group in brief.groups[1:]]
    for g, group in enumerate(brief.groups[1:]):
        keys = []
        own = [k for k in places[g] if k is not None]
        spans = bool(own) and any(
            min(own) < k < max(own) for h, other in enumerate(places) if h != g for k in other if k is not None
        )
        for p in group.points:
            k = at(p.text)
            name = actor(sentences, k) if k is not None else ""
            keys.append(person_key(name, sentences) or key(name))
        named = [k for k in keys if k]
        actors = list(dict.fromkeys(named))
        both = any(sum(a in p.text for a in actors[:2]) == 2 for p in group.points)
        mixed = len(actors) >= 2 and not both
        runs = [k for j, k in enumerate(named) if j == 0 or named[j - 1] != k]
        two_runs = mixed and len(runs) == 2 and min(named.count(a) for a in runs) >= 2
        groups.append([len(keys), len(actors), int(mixed), int(two_runs), int(spans)])
    out.append(groups)
print(json.dumps(out))
"""


def _summary(briefs: list[list[list[int]]]) -> str:
    groups = [g for brief in briefs for g in brief]
    return (
        f"groups {len(groups)}, with an actor {sum(g[1] >= 1 for g in groups)}, "
        f"mixed {sum(g[2] for g in groups)}, of them two runs {sum(g[3] for g in groups)}, "
        f"spanning another group {sum(g[4] for g in groups)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--ref", default="main", help="the git ref whose code makes the BEFORE briefs")
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--show", action="store_true", help="list the records whose counts differ")
    args = parser.parse_args()
    read, before, after = set_both(args.ref, _SCRIPT, "en-cnndm", args.limit)
    changed = sum(old != new for old, new in zip(before, after, strict=True))
    print(f"en-cnndm ({read} articles, {changed} with other groups)")
    print(f"  before: {_summary(before)}")
    print(f"  after:  {_summary(after)}")
    if args.show:
        for n, (old, new) in enumerate(zip(before, after, strict=True)):
            if old != new:
                print(
                    f"  record {n}: "
                    + ", ".join(
                        f"{name} {sum(g[c] for g in old)} -> {sum(g[c] for g in new)}"
                        for c, name in ((2, "mixed"), (3, "runs"), (4, "spanning"))
                    )
                )


if __name__ == "__main__":
    main()
