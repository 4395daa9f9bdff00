"""Chinese bullets that read as fragments or need context, in the briefs blind readers see.

    .venv/bin/python bench/zh_fragment_bullets.py [--sets zh-news zh-clts] [--limit 200] [--show]

Each record's raw article is read as `citebrief run FILE` reads a .txt file and drafted. A bullet
counts as:
- list: a run of short "、"-items with no predicate ("捶打、压平、切割、晾晒……");
- comma cut: it starts right after a "，" of its source sentence, after more than a connective
  (the clause's subject, if any, is in the part left out); "comma cut, first" where it is the
  overview's first bullet;
- semicolon cut: it starts right after a "；" of its source sentence on no subject of its own (a
  verb, a list's next item: "搭建……平台，……"; not a name, pronoun, time or count), the clause
  before it in another bullet or none;
- pronoun: it opens on 她/他/其/该/此 (or "……上，她说"), and neither it nor a bullet before it
  in the brief says the source sentence before it (where the person or thing is named);
- teaser: it ends on "……".
Its own patterns, not the engine's; read its hits.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from citebrief.engines.zh_run_pairs import names_own_subject
from citebrief.eval.rouge import read_records
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
LIST_ITEM = re.compile(r"^[\u4e00-\u9fff“”《》]{1,8}$")
PRONOUN = re.compile(r"^(?:[^，。]{2,14}[上中时后]，)?(?:她|他|其|该|此)(?![外前后次时])")
ENDS = "。！？!?”’；;…）)"


def _list_bullet(bullet: str) -> bool:
    core = bullet.rstrip(ENDS + "…").strip()
    items = re.split(r"[、，,]", core)
    return core.count("、") >= 2 and len(items) >= 3 and all(LIST_ITEM.match(item) for item in items)


CONNECTIVE_CHARS = 6  # "因此，", "不仅如此，", "与此同时，": a connective dropped, no subject left out


def _comma_cut(bullet: str, text: str) -> bool:
    """The bullet starts after a "，" of its sentence, and more than a connective goes before it."""
    at = text.find(bullet[:20])
    if at <= 0 or text[at - 1] not in "，,":
        return False
    start = max(text.rfind(stop, 0, at) for stop in "。！？!?\n") + 1
    return at - 1 - start > CONNECTIVE_CHARS


def _semicolon_cut(bullet: str, text: str) -> bool:
    """The bullet starts right after a "；" of its sentence, on no name, pronoun, time or count of its
    own (past a short lead: "2015年，", "接下来，"; as the engine reads a clause, `zh_run_pairs`)."""
    at = text.find(bullet[:20])
    if at <= 0 or text[at - 1] not in "；;":
        return False
    return not names_own_subject(bullet)


def _antecedent_said(bullet: str, before: list[str], text: str) -> bool:
    """Whether the bullet carries the sentence before it in the source, or a bullet before it
    in the brief says that sentence."""
    at = text.find(bullet[:20])
    if at <= 0:
        return False
    if at > 0 and text.find(bullet) != at:
        return True  # the bullet opens on another sentence: it carries its antecedent
    cut = text[max(0, at - 200) : at].rstrip()
    stops = [cut.rfind(stop, 0, len(cut) - 1) for stop in "。！？!?\n"]
    previous = cut[max(stops) + 1 :].strip()
    return bool(previous) and any(previous[:15] in said for said in before)


def kinds(bullet: str, before: list[str], text: str) -> list[str]:
    """The kinds of fragment `bullet` is, given the bullets before it and the document's text."""
    found = []
    if _list_bullet(bullet):
        found.append("list")
    if _comma_cut(bullet, text):
        found.append("comma cut, first" if not before else "comma cut")
    if _semicolon_cut(bullet, text):
        found.append("semicolon cut")
    if PRONOUN.match(bullet) and not _antecedent_said(bullet, before, text):
        found.append("pronoun")
    if bullet.rstrip("”’」").endswith(("……", "…")):
        found.append("teaser")
    return found


def fragments(article: str) -> tuple[int, list[tuple[str, str]]]:
    document = document_from_text(article, origin="x", kind="text")
    text = document.text
    count, hits = 0, []
    seen: list[str] = []
    for group in draft(document).groups:
        for point in group.points:
            count += 1
            bullet = point.text.strip()
            for kind in kinds(bullet, seen, text):
                hits.append((kind, bullet))
            seen.append(bullet)
    return count, hits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sets", nargs="+", default=["zh-news", "zh-clts"])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    for name in args.sets:
        records = read_records(DATA / f"{name}.jsonl", limit=args.limit)
        counts: Counter[str] = Counter()
        bullets = 0
        for index, record in enumerate(records):
            count, hits = fragments(record.article)
            bullets += count
            for kind, bullet in hits:
                counts[kind] += 1
                if args.show:
                    print(f"{name}/{index} [{kind}] {bullet[:110]}")
        print(f"## {name}: {len(records)} articles, {bullets} bullets, {sum(counts.values())} hits")
        for kind, n in counts.most_common():
            print(f"   {kind:20} {n}")


if __name__ == "__main__":
    main()
