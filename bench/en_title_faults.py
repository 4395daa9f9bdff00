"""How many English group titles show each fault blind readers name, before (git REF) and after.

    .venv/bin/python bench/en_title_faults.py [--ref main] [--sets en-cnndm en-xsum] [--limit 200] [--show KIND]

Blind readers of en-cnndm briefs score group titles lowest of all criteria (2.50 of 5 in issue
#9's reads) and say why: a phrase lifted from one sentence, not what the group's bullets share
("North East City" over three bullets of a pest league table); a person's name alone over what
the person did; a generic word; a figure of speech from one quotation ("Whole Lot of Water"); a
phrase cut oddly. This reads, on the briefs `citebrief run` makes of each record's raw
article (the readers' form), each group title after the overview and counts, per kind:

- one_bullet: one bullet at most of three or more says a word of the title (in some form:
  `en_title_majority.sayers`): the commonest fault;
- bare_name: a person's name alone (`en_actors.is_person`, no possessive event after it);
- vague: an abstract word alone, a judgement before a noun, an abstract view of a thing
  (`en_title_vague.vague_title`: "Decision", "Brilliant Blast", "Magnitude of the Game");
- quoted: words the bullets say only inside someone's quotation (`en_title_quoted.quote_only`);
- setting: a medium, a role or a place that tells through whom or where, not what
  (`en_title_setting.setting`: "Blog Post", "Belgian Forward", "North East City");
- restates: the overview's subject again by its head noun, no person's ("Foreign Terrorist
  Fighters" under "Key points: Foreign Fighters"): a title every group could carry.

A title may count under several kinds. A proxy, not a read: "Shooting" over a shooting's bullets
that say "shot" is counted nowhere, and a one-bullet title may still be the best phrase the
group's paragraphs write (the group itself is two stories: grouping's fault, not the title's).
"""

from __future__ import annotations

import argparse

from revision import set_both

KINDS = ("one_bullet", "bare_name", "vague", "quoted", "setting", "restates")

# per article: [overview title, [[group title, bullets, [kinds]], ...]]
_SCRIPT = """
import json, sys
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.en_actors import is_person
from citebrief.text.en_title_choice import family
from citebrief.text.en_title_majority import sayers
from citebrief.text.en_title_quoted import quote_only
from citebrief.text.en_title_setting import setting
from citebrief.text.en_title_vague import vague_title

def head(title):
    words = title.split(" of ")[0].split()
    return family(words[-1]) if words else ""

out = []
for article in json.load(open(sys.argv[1], encoding="utf-8")):
    doc = document_from_text(article, origin="article.txt", kind="text")
    brief = draft(doc)
    texts = {s.n: s.text for s in doc.segments}
    sentences = [t.text for s in doc.segments for t in s.sentences]
    overview = brief.groups[0].title.split(": ", 1)[-1] if brief.groups else ""
    groups = []
    for group in brief.groups[1:]:
        title = group.title
        bullets = [p.text for p in group.points]
        cited = [texts[n] for n in sorted({n for p in group.points for n in p.citations}) if n in texts]
        possessive = "'s " in title or "’s " in title
        person = not possessive and is_person(title, sentences)
        kinds = []
        if len(bullets) >= 3 and sayers(title, bullets) <= 1:
            kinds.append("one_bullet")
        if person:
            kinds.append("bare_name")
        if vague_title(title, cited):
            kinds.append("vague")
        if quote_only(title, bullets, cited):
            kinds.append("quoted")
        if setting(title):
            kinds.append("setting")
        if overview and not possessive and not person and head(title) == head(overview):
            kinds.append("restates")
        groups.append([title, len(bullets), kinds])
    out.append([overview, groups])
print(json.dumps(out))
"""


def _counts(briefs: list[list[object]]) -> str:
    groups = [g for _, brief_groups in briefs for g in brief_groups]  # type: ignore[attr-defined]
    counted = {kind: sum(kind in g[2] for g in groups) for kind in KINDS}
    return f"titles {len(groups)}: " + ", ".join(f"{kind} {n}" for kind, n in counted.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--ref", default="main", help="the git ref whose code makes the BEFORE briefs")
    parser.add_argument("--sets", nargs="+", default=["en-cnndm"], help="the shared English data sets to read")
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
            for n, (overview, groups) in enumerate(after):
                for title, size, kinds in groups:
                    if args.show in kinds:
                        print(f"  record {n} ({overview}): {title!r} over {size} bullets, {' '.join(kinds)}")


if __name__ == "__main__":
    main()
