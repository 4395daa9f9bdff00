"""How many English groups hold a bullet that shares no content word with its group but two or
more with another group's: the "group is two stories" fault, counted.

    .venv/bin/python bench/en_stranger_bullets.py [--limit 200] [--sets en-cnndm,en-xsum] [--show]

A reader marks down an English group whose title only one bullet says; read through, most are
grouping faults (contract and injury news under one title, en-xsum 169; Visa survey figures with
promposal stunts, en-cnndm 95). This drafts each record's article as the benches cut it
(`extractive.as_article`: one-block articles in paragraphs of 3 sentences), reads each bullet's
content words as the groups read them (the word families of `en_terms`, names and lemmas alike)
and counts

- "stranger": a bullet of a group of two or more that shares no family with any other bullet of
  its group, but two or more with one other group's bullets together (overview included), of
  families said in under 40% of the article's sentences (`en_groups.WIDESPREAD`: "Adeli" in
  most sentences ties a bullet to its own group, not to another);
- "edge to next": of those, a group's last bullet whose best other group is the next group, whose
  first bullet is the very next sentence of the article (a run cut one sentence late);
- "edge to previous": a group's first bullet whose best other group is the one before, whose
  last bullet is the article's sentence right before it (a run cut one sentence early: "The
  teens' mother ... was treated at a hospital" opening "Rented Villa", en-cnndm 109;
  `engines/en_early_cuts.py` mends such cuts).

At s130base: en-cnndm 94 of 633 groups hold a stranger (122 bullets, 82 in theme groups; 6 edges
to next, 6 to previous), en-xsum 112 of 530 (150, 56; 7, 3). Most strangers stand among the key
points (their lead's side facts) or one group apart; the narrow edges are few, and of the edges
to next, all but one are key points. A proxy, not a read: two bullets of one scene may share no
word ("The fighter ace went on to describe it ..." beside the break's night) and read as one
story.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_SCRIPT = r"""
import json, sys, warnings
warnings.filterwarnings("ignore")
sys.path.insert(0, sys.argv[1])
import extractive as bench
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.engines.en_groups import WIDESPREAD
from citebrief.text.en_title_choice import family
from citebrief.text.tokenize import en_terms
name, limit = sys.argv[2], int(sys.argv[3])
out = []
for record in bench.read_records(bench.DATA / f"{name}.jsonl", limit=limit):
    doc = document_from_text(bench.as_article(record).text, origin="bench", kind="text")
    brief = draft(doc)
    sentences = [s.text for seg in doc.segments for s in seg.sentences]
    sets = [frozenset(map(family, en_terms(s))) for s in sentences]
    common = {f for f in set().union(*sets) if sum(f in s for s in sets) >= WIDESPREAD * len(sets) and len(sets) >= 5}
    def at(text):
        head = text.lstrip("[")[:40]
        return next((k for k, s in enumerate(sentences) if head and (head in s or s[:40] in text)), None)
    groups = [[(p.text, at(p.text), frozenset(map(family, en_terms(p.text)))) for p in g.points] for g in brief.groups]
    found = []
    for g, group in enumerate(groups):
        if len(group) < 2:
            continue
        for b, (text, place, words) in enumerate(group):
            own = set().union(*(w for j, (_, _, w) in enumerate(group) if j != b))
            if words & own:
                continue
            rare = words - common
            shares = [(len(rare & set().union(*(w for _, _, w in o))), h) for h, o in enumerate(groups) if h != g]
            best, home = max(shares, default=(0, -1))
            if best < 2:
                continue
            edge = (b == len(group) - 1 and home == g + 1 and place is not None
                    and groups[home][0][1] == place + 1)
            back = (b == 0 and home == g - 1 and place is not None
                    and groups[home][-1][1] == place - 1)
            found.append({"group": g, "bullet": b, "text": text[:90], "home": home, "shared": best,
                          "edge": edge, "back": back, "size": len(group), "home_size": len(groups[home]),
                          "theme": g > 0})
    out.append({"id": str(record.id), "groups": len(groups), "found": found})
print(json.dumps(out))
"""


def measure(name: str, limit: int, src: Path) -> list[dict[str, object]]:
    """The per-record findings (the script above) of the code under `src`."""
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(ROOT / "bench"), name, str(limit)],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(src)},
    )
    result: list[dict[str, object]] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--sets", default="en-cnndm,en-xsum")
    parser.add_argument("--show", action="store_true", help="list each stranger bullet")
    args = parser.parse_args()
    for name in args.sets.split(","):
        records = measure(name, args.limit, ROOT / "src")
        groups = sum(int(str(r["groups"])) for r in records)
        found = [dict(f, record=n) for n, r in enumerate(records) for f in r["found"]]  # type: ignore[attr-defined]
        holding = {(f["record"], f["group"]) for f in found}
        print(
            f"{name} ({len(records)} briefs, {groups} groups): groups holding a stranger {len(holding)}, "
            f"in {len({f['record'] for f in found})} briefs; stranger bullets {len(found)} "
            f"(in theme groups {sum(bool(f['theme']) for f in found)}), of them a last bullet whose next "
            f"group opens on its next sentence {sum(bool(f['edge']) for f in found)}, a first bullet whose "
            f"group before ends on its sentence before {sum(bool(f['back']) for f in found)}"
        )
        if args.show:
            for f in found:
                print(
                    f"  {name} {f['record']} g{f['group']}.{f['bullet']} -> g{f['home']} "
                    f"({f['shared']} shared){' EDGE' if f['edge'] else ''}{' BACK' if f['back'] else ''} "
                    f"sizes {f['size']}/{f['home_size']}: {f['text']}"
                )


if __name__ == "__main__":
    main()
