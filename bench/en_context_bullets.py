"""English bullets that need context they do not have, in the briefs blind readers see.

    .venv/bin/python bench/en_context_bullets.py [--sets en-cnndm] [--limit 200] [--show KIND|all]

Each record's raw article is read as `citebrief run` reads a .txt file (one-block articles cut
into passages) and drafted; each bullet is counted under every kind it shows:

- pointer: it opens on a pronoun, demonstrative or answer that points back ("Those who don't …",
  "Yes this is …", "He …", "It …") — the bullet carries nothing before it. Many are fine: a lead's
  "They are the peculiar concrete markings …" points forward, "He …" often names its man later.
- first person: "I …"/"We …" with no speech verb in the bullet or the bullets either side of it.
- speakerless quote: a quotation mark first and no speech verb.
- verbless: no auxiliary, no "-ed" or "-es" word and none of a short list of common verbs — a crude
  list that counts present tenses it lacks ("hails", "marks") too: read its hits.
- stray close: more closing quotation marks than opening ones (a plural's "s' " aside), or two
  closing marks at the end.

Its word lists are its own, not the engine's (`text/anaphora.py`, `text/en_unattributed.py`,
`text/en_weak.py`, `text/en_quote_opens.py`), so it checks those rules rather than repeats them.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from citebrief.eval.rouge import read_records
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
POINTER = re.compile(
    r"^[‘'\"“]*(?:Those|They|Them|It|It's|It’s|Its|This|That|These|Yes|No|So|He|She|His|Her|Their|Such"
    r"|Here|There|Which|Both|Neither|Then)\b"
)
SPEECH = re.compile(
    r"\b(?:said|says|told|tells|added|adds|explained|insisted|according to|claimed|claims|wrote|writes|tweeted"
    r"|posted|admitted|revealed|recalled|warned|argued|asked|continued|described|stated)\b"
)
FIRST_PERSON = re.compile(
    r"^[‘'\"“]*(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|We|We're|We’re|We've|We’ve|My|Our|Me|Us|You|You're|You’re)\b"
)
AUXILIARY = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|may|might|must|should"
    r"|shall)\b|['’](?:s|re|m|ve|ll|d)\b|n['’]t\b",
    re.IGNORECASE,
)
VERB = re.compile(
    r"\b[a-z]+(?:ed|es)\b|\b(?:said|says|told|made|took|gave|went|came|got|saw|found|left|put|set|won|lost|led|held"
    r"|kept|began|became|ran|hit|fell|felt|met|paid|sent|spent|built|brought|bought|thought|caught|taught"
    r"|fought|sold|stood|turns|runs|gets|makes|takes|goes|comes|knows|wants|needs|seems|looks|shows|means"
    r"|plays|works|lives|remains|includes|faces|sees|gives|think|know|want|need|like|love|hope|believe|feel"
    r"|get|go|make|take|see|say)\b"
)
OPENING = re.compile(r"(?:^|[\s(—–])[‘'\"“](?=\w)")
CLOSING = re.compile(r"[,.!?;…\w][’'\"”](?=[\s,.;:!?)—]|$)")
PLURAL_APOSTROPHE = re.compile(r"\ws['’](?=\s)")


def kinds(bullet: str, before: str, after: str) -> list[str]:
    """The kinds of missing context `bullet` shows (`before`, `after`: the bullets either side)."""
    found = []
    if POINTER.match(bullet):
        found.append("pointer")
    if FIRST_PERSON.match(bullet) and not any(SPEECH.search(t) for t in (bullet, before, after)):
        found.append("first person")
    elif bullet[:1] in "'‘\"“" and not SPEECH.search(bullet):
        found.append("speakerless quote")
    if not AUXILIARY.search(bullet) and not VERB.search(bullet):
        found.append("verbless")
    closes = len(CLOSING.findall(bullet)) - len(PLURAL_APOSTROPHE.findall(bullet))
    if closes > len(OPENING.findall(bullet)) or re.search(r"[’'\"”]{2}$", bullet):
        found.append("stray close")
    return found


def context_kinds(article: str) -> tuple[int, list[tuple[str, str]]]:
    """How many bullets a brief of `article` has, and (kind, bullet) for each kind each shows."""
    document = document_from_text(article, origin="x", kind="text")
    count, found = 0, []
    for group in draft(document).groups:
        texts = [point.text for point in group.points]
        for k, text in enumerate(texts):
            count += 1
            before = texts[k - 1] if k else ""
            after = texts[k + 1] if k + 1 < len(texts) else ""
            found += [(kind, text) for kind in kinds(text, before, after)]
    return count, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sets", nargs="+", default=["en-cnndm"])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--show", default="", help="print each bullet of this kind ('all': of every kind)")
    args = parser.parse_args()
    for name in args.sets:
        records = read_records(DATA / f"{name}.jsonl", limit=args.limit)
        counts: Counter[str] = Counter()
        bullets = 0
        for index, record in enumerate(records):
            count, found = context_kinds(record.article)
            bullets += count
            for kind, text in found:
                counts[kind] += 1
                if args.show in (kind, "all"):
                    print(f"{name}/{index} [{kind}] {text[:160]}")
        print(f"## {name}: {len(records)} articles, {bullets} bullets")
        for kind, n in counts.most_common():
            print(f"   {kind:20} {n}")


if __name__ == "__main__":
    main()
