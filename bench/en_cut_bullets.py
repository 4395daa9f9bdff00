"""English bullets cut mid-clause, in the briefs blind readers see.

    .venv/bin/python bench/en_cut_bullets.py [--sets en-cnndm en-xsum] [--limit 200] [--show]

Each record's raw article is read as `citebrief run FILE` reads a .txt file (one-block articles
cut into passages) and drafted. A bullet counts as cut where the source goes on after it (no stop
ends it and no paragraph break follows) and the kept part ends on a determiner, preposition,
complementiser or conjunction, before a colon, before the verb its subject waits for (after up to
one short aside: "Mrs Aspinall | , chairwoman of …, said"), or inside a frame whose main clause is
cut ("If you are dressed like that when I get back |"). Its own word lists, not the engine's
(`text/en_clause_cuts.py`), so it checks the rule rather than repeats it; read its hits: a cut
before a closing quotation and its speaker, or before a second verb, is let go, but a few whole
clauses still count (a comma splice, a list's next item).
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
OPEN_WORDS = frozenset(
    (
        "the",
        "a",
        "an",
        "this",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "some",
        "any",
        "every",
        "each",
        "no",
        "another",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "from",
        "about",
        "into",
        "between",
        "against",
        "during",
        "without",
        "than",
        "including",
        "despite",
        "that",
        "and",
        "or",
        "but",
        "because",
        "although",
        "whether",
        "if",
        "unless",
        "until",
        "as",
        "where",
        "which",
        "however",
    )
)
NOT_VERBS = OPEN_WORDS | frozenset(
    (
        "who",
        "whose",
        "when",
        "while",
        "also",
        "not",
        "too",
        "especially",
        "only",
        "then",
        "there",
        "he",
        "she",
        "it",
        "they",
        "we",
        "you",
        "i",
        "a",
        "many",
        "most",
        "all",
    )
)
PREDICATE = re.compile(
    r"(?:was|were|is|are|has|had|have|will|would|could|can|may|might|should|must|did|does|do|says|said|[a-z]+ed)\b"
)
FRAME = re.compile(
    r"^[\"'‘“]*(?:If|When|Although|Though|While|Because|Since|Unless|Once|Whether|As|After|Before|Until|"
    r"Despite|Having|[A-Z][a-z]+ing)\b"
)
STOPPED = re.compile(r"[.!?]['’\"”)\]]*$")
ASIDE = re.compile(r"^\s*[,—–]\s*[^,—–.]{1,90}?[,—–]\s*")


def _verb_first(text: str) -> bool:
    text = text.lstrip(" \"'‘’“”")
    word = re.match(r"[A-Za-z’']+", text)
    if word is None:
        return False
    if PREDICATE.match(text):
        return True
    return word.group().islower() and word.group() not in NOT_VERBS and not word.group().endswith(("ing", "ly"))


def why_cut(bullet: str, after: str) -> str | None:
    """Why `bullet`, followed in its source by `after`, stops mid-clause; None where it does not."""
    if re.match(r"^\s*,\s*[\"'’”]", after):
        return None  # a quotation ends, its speaker follows
    last = bullet.rsplit(maxsplit=1)[-1].strip("\"'‘’“”,;:") if bullet.split() else ""
    if last.lower() in OPEN_WORDS and not (last == "however" and bullet.endswith(", however")):
        return "function word"
    if re.match(r"\s*:", after):
        return "before a colon"
    if _verb_first(re.sub(r"^\s*[,—–]\s*", "", after)):
        return "before its verb"
    if ASIDE.match(after) and _verb_first(ASIDE.sub("", after, count=1)):
        return "before its verb, after an aside"
    clauses = re.split(r"[,;:—–]\s*", bullet)
    tail = clauses[-1].strip()
    head = bullet[: len(bullet) - len(clauses[-1])].rstrip(" ,")
    opened = len(clauses) == 1 or head.endswith(("that", ":")) or tail[:1] in "\"'‘“"
    subject = re.compile(r"[\"'‘“]*(?:[A-Z]|(?:he|she|they|it|we|I|the)\b)")
    if (FRAME.match(tail) and opened) or (
        FRAME.match(clauses[0].strip()) and not any(subject.match(c.strip()) for c in clauses[1:])
    ):
        return "inside a frame"
    return None


def cut_bullets(article: str) -> tuple[int, list[tuple[str, str, str]]]:
    """How many bullets a brief of `article` has, and (reason, bullet, what follows) of each cut one."""
    document = document_from_text(article, origin="x", kind="text")
    text = document.text
    count, cut = 0, []
    for group in draft(document).groups:
        for point in group.points:
            count += 1
            bullet = point.text.rstrip()
            core = bullet.rstrip("'’\"”")
            if not core or STOPPED.search(bullet) or STOPPED.search(core):
                continue
            at = text.find(core[-60:])
            if at < 0:
                continue
            after = text[at + len(core[-60:]) : at + len(core[-60:]) + 160]
            if re.match(r"\s*(?:\n|$)", after):
                continue
            reason = why_cut(bullet, after)
            if reason:
                cut.append((reason, bullet, after))
    return count, cut


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sets", nargs="+", default=["en-cnndm", "en-xsum"])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--show", action="store_true", help="print each cut bullet's end and what follows")
    args = parser.parse_args()
    for name in args.sets:
        records = read_records(DATA / f"{name}.jsonl", limit=args.limit)
        reasons: Counter[str] = Counter()
        bullets = 0
        for index, record in enumerate(records):
            count, cut = cut_bullets(record.article)
            bullets += count
            for reason, bullet, after in cut:
                reasons[reason] += 1
                if args.show:
                    print(f"{name}/{index} [{reason}] …{bullet[-90:]} || {after[:50]!r}")
        print(f"## {name}: {len(records)} articles, {bullets} bullets, {sum(reasons.values())} cut mid-clause")
        for reason, n in reasons.most_common():
            print(f"   {reason:34} {n}")


if __name__ == "__main__":
    main()
