"""English bullets whose opening pronoun or connective points at no one the reader has seen.

    .venv/bin/python bench/en_lost_referents.py DUMPS [--sets en-cnndm en-xsum] [--show]

DUMPS is a folder of brief dumps (`DUMPS/SET/<i>.txt`, as `/work/tools/dumpall.sh` writes them).
Blind readers mark a bullet that opens on "He", "It", "They", "This", "However, …", "And …" (or
"The firm's first security chief, he …", or a quotation's "'He came out of the race …'") where
nothing before it says who or what that is. A
bullet counts where it opens so and:
- it opens its group (nothing before it in the brief's group can say who), unless, for a person's
  pronoun, the group's title names someone by a possessive ("Sullivan's Experience"); or
- the bullet before it in its group names no one for a person's pronoun (no capitalised word past
  its first, no pronoun of its own, and it opens on no one: "Mrs Fergus …", "Green, who …",
  "Carpenter told …", "Lane's family …").
An appositive opening ("The firm's first security chief, he …") holds no clause ("Mrs Smith said
if it wasn't for her son, she …" is none).
Its own patterns, not the engine's; read its hits: many a bullet before does say who.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from pathlib import Path

SETS = ["en-cnndm", "en-xsum"]
PERSON = {"He", "She", "His", "Her", "Him", "They", "Their", "Them"}
THING = {"It", "Its", "This", "These", "Those", "That", "Such"}
CONNECTIVES = {"However", "And", "But", "Meanwhile", "Instead", "Still", "Yet", "Nevertheless", "Also", "So"}
# "However, that …", "With that fact in mind …", "The firm's first security chief, he …"
_OPENER = re.compile(r"^(\w+)\b(?!['’]s\b)")
_APPOSITIVE = re.compile(r"^(?:[\w'’$-]+ ){1,8}[\w'’-]+, (he|she|they|it)\b")
# a quotation that opens on a person's pronoun ('"He said he was going …"', "'They don't want us …,' Arum
# added"): the quote's he is someone the bullet before must name, whoever speaks
_QUOTED_PERSON = re.compile(r"^['‘\"“](?:He|She|They)\b(?!['’]s\b)")
_WITH_THAT = re.compile(r"^(?:With|Despite|After|Because of|Given) (?:that|this|these|those|it)\b")
_NAME = re.compile(r"(?<!^)(?<![.!?] )\b[A-Z][a-z]+")
# a bullet before that opens on someone: "Mrs Fergus …", "Green, who …", "Carpenter told …", "Lane's family …"
_LEAD_NAME = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.? [A-Z][a-z]+"
    r"|[A-Z][a-z]+(?:['’]s\b|, (?:who\b|\d+,)| (?:said|says|told|tells|added|insists|admitted|claimed)\b))"
)
# an appositive's words hold no clause: "Mrs Smith said if it wasn't for her son, she …" is none
_CLAUSE_WORD = re.compile(r"\b(?:said|says|if|when|because|although|as|that|after|before|while)\b")
_PRONOUN = re.compile(r"\b(?:he|she|they|him|her|his|their)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"\b[A-Z][a-z]+['’]s\b")
_GROUP = re.compile(r"^Group \d+: (.*)$")


@dataclass(frozen=True)
class Hit:
    """One lost bullet: its set, article, group title, the bullet before (None: first) and itself."""

    set_name: str
    index: int
    title: str
    before: str | None
    bullet: str
    kind: str


def opening_kind(bullet: str) -> str | None:
    """'person', 'thing' or 'connective' where the bullet opens on such a word pointing back."""
    if (m := _APPOSITIVE.match(bullet)) and not _CLAUSE_WORD.search(bullet[: m.start(1)]):
        return "thing" if m.group(1) == "it" else "person"
    if _WITH_THAT.match(bullet):
        return "connective"
    if _QUOTED_PERSON.match(bullet):
        return "person"
    m = _OPENER.match(bullet)
    word = m.group(1) if m else ""
    if word in PERSON:
        return "person"
    if word in THING:
        return "thing"
    return "connective" if word in CONNECTIVES else None


def lost(kind: str, title: str, before: str | None) -> bool:
    """Whether nothing before the bullet (the bullet before in its group, or the title) can say who."""
    if before is None:
        return not (kind == "person" and _POSSESSIVE.search(title))
    if kind == "person":
        return not (_NAME.search(before) or _LEAD_NAME.match(before) or _PRONOUN.search(before))
    return False


def brief_hits(set_name: str, index: int, text: str) -> list[Hit]:
    """The lost bullets of one dumped brief."""
    hits: list[Hit] = []
    title, before = "", None
    for line in text.splitlines():
        if m := _GROUP.match(line):
            title, before = m.group(1), None
            continue
        if not line.startswith("- "):
            continue
        bullet = re.sub(r"(?: ?\[\d+\])+$", "", line[2:])
        kind = opening_kind(bullet)
        if kind and lost(kind, title, before):
            hits.append(Hit(set_name, index, title, before, bullet, kind))
        before = bullet
    return hits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", type=Path)
    parser.add_argument("--sets", nargs="+", default=SETS)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    for set_name in args.sets:
        files = sorted((args.dumps / set_name).glob("*.txt"), key=lambda p: int(p.stem))
        hits = [h for f in files for h in brief_hits(set_name, int(f.stem), f.read_text(encoding="utf-8"))]
        kinds = {k: sum(h.kind == k for h in hits) for k in ("person", "thing", "connective")}
        print(f"{set_name}: {len(hits)} lost bullets in {len({h.index for h in hits})} of {len(files)} briefs {kinds}")
        if args.show:
            for h in hits:
                print(f"  {h.index} [{h.title}] <{(h.before or '(first)')[:70]}> {h.bullet[:110]}")


if __name__ == "__main__":
    main()
