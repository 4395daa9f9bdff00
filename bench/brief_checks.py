"""The automatic checks of issue 9 over every shared set: what a reader of the brief must never meet.

    .venv/bin/python bench/brief_checks.py [--limit N] [--cut]

For each article of zh-policy, zh-news, zh-clts, en-cnndm and en-xsum (as the CLI reads a text file,
or with --cut as the benches read it: a one-block article cut into paragraphs, `extractive.as_article`):
bullets ending in an ellipsis the source lacks; bullets matching a structure/boilerplate
pattern (`text/data/lines.tsv`); group titles not found in their group's paragraphs on word
boundaries (each part of a composed "heading：phrase" title; an English title's "Name's <event>"
by its name and its event's noun or verb, `text/en_overview_deed.py`); duplicate bullets; bullets
whose “…” marks do not pair up (one opens a quotation it never closes, or closes one it never
opened) in an article that pairs all its own (`engines/zh_quote_marks.py`); one-block
articles citing fewer than 3 distinct passages (or than the passages a bullet could cite, where
fewer: `citable_passages`); and verify's verdicts on the engine's own
briefs (anything but 'supported' is a false alarm).
Prints counts per set; tests/test_brief_checks.py asserts the same on a sample.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from citebrief.engines.bullets import near_duplicate
from citebrief.engines.extractive import draft_extractive
from citebrief.engines.scoring import closed_en, closed_zh
from citebrief.engines.zh_quote_marks import unpaired
from citebrief.ingest import document_from_text
from citebrief.model import Brief, Document, Lang
from citebrief.text.en_overview_deed import grounded
from citebrief.text.en_overview_finding import finding_grounded
from citebrief.text.en_title_competition import MIN_SECTIONS, section_in_force
from citebrief.text.en_title_lifted import run_grounded
from citebrief.text.official_subject import without_occasion
from citebrief.text.outline import find_outline
from citebrief.text.patterns import skip_reason
from citebrief.text.title_choice import COMPOSED_SEPARATOR
from citebrief.text.titles import on_word_boundaries

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
_QUOTES = re.compile(r"[“”\"《》「」]")
SETS = ("zh-policy", "zh-news", "zh-clts", "en-cnndm", "en-xsum")


@dataclass
class Findings:
    articles: int = 0
    bullets: int = 0
    ellipsis: list[str] = field(default_factory=list)
    structure: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    passages: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)


def articles(name: str, limit: int | None = None) -> Iterator[tuple[str, str]]:
    with (DATA / f"{name}.jsonl").open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if limit is not None and number >= limit:
                return
            record = json.loads(line)
            yield record["id"], record["article"]


def title_phrases(title: str, overview: bool) -> list[str]:
    """The phrases a title is made of: the overview's subject after its prefix; a group's title,
    or each part of a composed one ("组织实施：治理工作小组": a heading and a phrase of the group;
    "保障措施：组织领导、资金支持": a heading and its parts' headings)
    or of a list of short names ("劳动节、端午节")."""
    for separator in COMPOSED_SEPARATOR.values():
        if separator in title:
            parts = title.split(separator)
            if overview:
                return parts[1:]
            # "保障措施：组织领导、资金支持": the heading, and the headings of the parts the bullets come from
            return [parts[0], *(name for part in parts[1:] for name in part.split("、"))]
    names = title.split("、")
    if not overview and len(names) > 1 and all(1 < len(name) <= 10 for name in names):
        return names  # a list's labels ("劳动节、端午节", "国有企业主辅分离、建设项目"): each names one of its items
    return [] if overview else [title]


def _said(phrase: str, text: str, lang: Lang) -> bool:
    """`phrase` in `text` on word boundaries, or right after a measure's 对 that jieba glues to the
    field's first character ("对河/长制/湖长制": the field 河长制湖长制 of "对河长制湖长制工作……")."""
    return on_word_boundaries(phrase, text, lang) or (lang == "zh" and on_word_boundaries("对" + phrase, text, lang))


def citable_passages(document: Document) -> set[int]:
    """The passages a bullet could cite: each holds a sentence that ends on a stop and is no page
    furniture or boilerplate (`text/data/lines.tsv`). A short one-block page can be cut into two
    passages, or end on a passage of "Subscribe to the BBC Sport newsletter …" or a fixture list
    run together without a stop (en-xsum): its brief cites at least three passages, or every one
    of these where there are fewer."""
    closed = closed_zh if document.lang == "zh" else closed_en
    return {s.n for s in document.segments if any(closed(t.text) and skip_reason(t.text) is None for t in s.sentences)}


def check(document: Document, brief: Brief, found: Findings, ident: str, verify: bool = True) -> None:
    """Add this brief's failures of the issue's checks to `found`."""
    found.articles += 1
    texts = {s.n: s.text for s in document.segments}
    outline = find_outline(list(texts.values()), document.lang)
    seen: list[str] = []
    paired = unpaired("\n".join(texts.values())) == (0, 0)  # an article's own slip is the article's
    for k, group in enumerate(brief.groups):
        members = sorted({n for p in group.points for n in p.citations})
        phrases = [p for p in title_phrases(group.title, k == 0) if p]
        pool = list(texts.values()) if k == 0 else [texts[n] for n in members]
        if k == 0 and document.title:
            pool.append(document.title)  # the overview names what the whole article is about
            pool.append(without_occasion(document.title))  # a reply's: who asked what, not when
        for n in members if k else []:  # a section's heading titles it: the headings above each cited paragraph
            last: dict[int, int] = {}
            for heading in outline:
                if heading.paragraph + 1 <= n:
                    last[heading.level] = heading.paragraph + 1
            pool += [texts[m] for m in last.values()]
        pool += [_QUOTES.sub("", t) for t in pool]  # titles leave out quotation marks
        # "Ancelotti on Set-pieces": a run of quotes whose speaker a passage just before it names
        run = (
            document.lang == "en"
            and k > 0
            and run_grounded(group.title, [texts[n] for n in members], [*texts.values()])
        )
        if any(not any(_said(phrase, t, document.lang) for t in pool) for phrase in phrases) and not (
            run
            # "League Two": a roundup's section heading in force for every bullet, written in an
            # earlier passage (asked only of a title the phrase check fails)
            or (
                document.lang == "en"
                and k > 0
                and group.title == section_in_force([p.text for p in group.points], [*texts.values()], MIN_SECTIONS)
            )
            or (document.lang == "en" and all(grounded(p, pool) or finding_grounded(p, pool) for p in phrases))
        ):  # "Tim Sherwood's Sacking", "Cotterill's Jailing": the name as written, the noun of its verb
            found.titles.append(f"{ident}: {group.title!r}")
        for point in group.points:
            found.bullets += 1
            text = point.text
            if re.search(r"(……|…|\.\.\.)$", text) and not any(text.rstrip("….") in texts[n] for n in point.citations):
                found.ellipsis.append(f"{ident}: {text}")
            reason = skip_reason(text)
            if reason:
                found.structure.append(f"{ident}: [{reason}] {text}")
            twin = next((other for other in seen if near_duplicate(text, other, brief.lang)), None)
            if twin is not None:
                found.duplicates.append(f"{ident}: {text} ≈ {twin}")
            seen.append(text)
            if paired and unpaired(text) != (0, 0):
                found.quotes.append(f"{ident}: {text}")
    if brief.citation_unit == "passage":
        cited = {n for p in brief.points() for n in p.citations}
        if len(cited) < min(3, len(cited | citable_passages(document))):
            found.passages.append(f"{ident}: cites {sorted(cited)} of {len(texts)} passages")
    if verify:
        from citebrief.verify import verify_brief

        checked = verify_brief(brief, document)
        for point in checked.points():
            if point.support is not None and point.support.label.value != "supported":
                found.alarms.append(f"{ident}: {point.support.label.value} ({point.support.reason}) {point.text}")


def cut_view(ident: str, text: str) -> str:
    """The article as the benches read it: a one-block article cut into paragraphs of three
    sentences (`extractive.as_article`), whose briefs the readers of issue 9 judge too."""
    from citebrief.eval.rouge import Record
    from extractive import as_article

    return as_article(Record(id=ident, article=text, summary="")).text


def run_set(name: str, limit: int | None, verify: bool = True, *, cut: bool = False) -> Findings:
    found = Findings()
    for ident, text in articles(name, limit):
        document = document_from_text(cut_view(ident, text) if cut else text, origin=ident, kind="text")
        check(document, draft_extractive(document), found, ident, verify)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--show", type=int, default=3, help="examples of each failure to print")
    parser.add_argument("--cut", action="store_true", help="the benches' view: one-block articles cut into paragraphs")
    args = parser.parse_args()
    for name in SETS:
        found = run_set(name, args.limit, cut=args.cut)
        print(f"\n## {name}: {found.articles} articles, {found.bullets} bullets")
        counts = Counter(
            {
                "ellipsis the source lacks": len(found.ellipsis),
                "structure/boilerplate bullets": len(found.structure),
                "titles not in their group on word boundaries": len(found.titles),
                "duplicate bullets": len(found.duplicates),
                "unpaired “” in an article that pairs its own": len(found.quotes),
                "one-block articles citing < 3 (citable) passages": len(found.passages),
                "verify false alarms": len(found.alarms),
            }
        )
        for label, count in counts.items():
            print(f"   {label:<48}{count:>5}")
        for examples in (
            found.ellipsis,
            found.structure,
            found.titles,
            found.duplicates,
            found.quotes,
            found.passages,
            found.alarms,
        ):
            for line in examples[: args.show]:
                print(f"     - {line[:200]}")


if __name__ == "__main__":
    main()
