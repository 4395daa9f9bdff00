"""citebrief's page reader beside GeneralNewsExtractor and trafilatura on real Chinese pages.

    /work/main/.venv/bin/python bench/pages.py [--pages DIR] [--show]

Reads `../shared/data/pages-zh` in place (51 pages from the two extractors' public test suites,
hand-checked truth in `labels.jsonl`). Every system gets the same decoded text (citebrief's
`decode_bytes`); citebrief is run end to end as `read_path` (extraction, boilerplate, segments).
GNE (`gne`) and trafilatura (`bare_extraction`, default settings) are run when importable.

The checks, per system, on the article pages:
- title exact: the title equals `title` (or a `title_alternatives` entry), whitespace ignored;
- publisher: equals `publisher` (or an alternative), on pages that credit one;
- date: the time as `YYYY-MM-DD HH:MM` (or the date alone where the truth has no time) equals
  `published` (or an alternative), on pages that show one;
- body sentences: `first_sentence`, `last_sentence` and each `must_include` found in the body,
  all whitespace removed;
- no boilerplate kept: no `must_exclude` line in the body;
- list pages flagged: citebrief refuses the page (NoMainText); the peers have no such answer.
Time per page is CPU time of this process (each system warmed up on one page first; other
processes' load on a shared machine inflates wall time, not this): the mean and the slowest,
with the slowest page named. Nothing is asserted: the counts are the result.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from citebrief.decode import decode_bytes
from citebrief.errors import NoMainText
from citebrief.ingest import read_path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT.parent / "shared" / "data" / "pages-zh"
_SPACE = re.compile(r"\s+")


@dataclass
class Answer:
    """What one system read from one page."""

    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    body: str = ""
    flagged: bool = False  # refused the page as no article
    error: str | None = None


@dataclass
class Score:
    title: list[int] = field(default_factory=lambda: [0, 0])
    publisher: list[int] = field(default_factory=lambda: [0, 0])
    date: list[int] = field(default_factory=lambda: [0, 0])
    sentences: list[int] = field(default_factory=lambda: [0, 0])
    clean: list[int] = field(default_factory=lambda: [0, 0])
    flagged: list[int] = field(default_factory=lambda: [0, 0])
    times: list[float] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)


def squash(text: str | None) -> str:
    return _SPACE.sub("", text or "")


def time_text(value: datetime | str | None) -> str | None:
    """A datetime (or a string a peer gives) as YYYY-MM-DD HH:MM, or the date alone at midnight."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        match = re.search(r"(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})(?:\D{1,3}(\d{1,2})[:：](\d{2}))?", value)
        if not match:
            return None
        y, m, d, hh, mm = match.groups()
        day = f"{int(y):04d}-{int(m):02d}-{int(d):02d}"
        return f"{day} {int(hh):02d}:{int(mm):02d}" if hh is not None else day
    if value.hour == 0 and value.minute == 0:
        return value.strftime("%Y-%m-%d")
    return value.strftime("%Y-%m-%d %H:%M")


def date_matches(found: str | None, truths: list[str]) -> bool:
    if not found:
        return False
    for truth in truths:
        if found == truth:
            return True
        if len(truth) == 10 and found[:10] == truth:
            return True  # the truth shows no time: the date is what counts
    return False


def run_citebrief(path: Path, html: str) -> Answer:
    del html
    try:
        document = read_path(path)
    except NoMainText as exc:
        return Answer(flagged=True, error=exc.message)
    return Answer(
        title=document.title,
        publisher=document.source,
        published=time_text(document.published_at),
        body=document.text,
    )


def gne_runner() -> Callable[[Path, str], Answer] | None:
    try:
        from gne import GeneralNewsExtractor
    except ImportError:
        return None
    extractor = GeneralNewsExtractor()

    def run(path: Path, html: str) -> Answer:
        del path
        try:
            result: dict[str, Any] = extractor.extract(html)
        except Exception as exc:  # a peer's failure is a result, not a crash
            return Answer(error=f"{type(exc).__name__}: {exc}")
        return Answer(
            title=result.get("title") or None,
            publisher=None,  # GNE gives an author, not a publisher
            published=time_text(result.get("publish_time")),
            body=result.get("content") or "",
        )

    return run


def trafilatura_runner() -> Callable[[Path, str], Answer] | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def run(path: Path, html: str) -> Answer:
        del path
        doc = trafilatura.bare_extraction(html, with_metadata=True)
        if doc is None:
            return Answer(error="no output")
        return Answer(
            title=doc.title or None,
            publisher=doc.sitename or None,
            published=time_text(doc.date),
            body=doc.text or "",
        )

    return run


def add(cell: list[int], ok: bool) -> None:
    cell[0] += int(ok)
    cell[1] += 1


def score_page(label: dict[str, Any], answer: Answer, score: Score, name: str) -> None:
    file = label["file"]
    if not label["is_article"]:
        add(score.flagged, answer.flagged)
        if not answer.flagged:
            score.misses.append(f"{name} {file}: list page not flagged")
        return
    titles = [label["title"], *label.get("title_alternatives", [])]
    ok = squash(answer.title) in {squash(t) for t in titles}
    add(score.title, ok)
    if not ok:
        score.misses.append(f"{name} {file}: title {answer.title!r} (want {label['title']!r})")
    if label.get("publisher"):
        wanted = [label["publisher"], *label.get("publisher_alternatives", [])]
        ok = squash(answer.publisher) in {squash(p) for p in wanted}
        add(score.publisher, ok)
        if not ok:
            score.misses.append(f"{name} {file}: publisher {answer.publisher!r} (want {label['publisher']!r})")
    if label.get("published"):
        ok = date_matches(answer.published, [label["published"], *label.get("published_alternatives", [])])
        add(score.date, ok)
        if not ok:
            score.misses.append(f"{name} {file}: date {answer.published!r} (want {label['published']!r})")
    body = squash(answer.body)
    for sentence in [label["first_sentence"], label["last_sentence"], *label.get("must_include", [])]:
        if not sentence:
            continue
        ok = squash(sentence) in body
        add(score.sentences, ok)
        if not ok:
            score.misses.append(f"{name} {file}: sentence missing {sentence[:40]!r}")
    kept = [line for line in label.get("must_exclude", []) if squash(line) and squash(line) in body]
    add(score.clean, not kept)
    if kept:
        score.misses.append(f"{name} {file}: boilerplate kept {kept[0][:40]!r}")
    if answer.error and not answer.flagged:
        score.misses.append(f"{name} {file}: error {answer.error}")
    if answer.flagged:
        score.misses.append(f"{name} {file}: article refused ({answer.error})")


def cell(pair: list[int]) -> str:
    got, total = pair
    return f"{got}/{total} ({100 * got / total:.0f}%)" if total else "—"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=Path, default=PAGES, help="a pages-zh folder (labels.jsonl + pages/)")
    parser.add_argument("--show", action="store_true", help="print every miss")
    args = parser.parse_args()
    labels = [json.loads(line) for line in (args.pages / "labels.jsonl").read_text("utf-8").splitlines() if line]
    systems: dict[str, Callable[[Path, str], Answer]] = {"citebrief": run_citebrief}
    for name, make in (("GNE", gne_runner), ("trafilatura", trafilatura_runner)):
        runner = make()
        if runner is None:
            print(f"({name} is not installed: skipped)")
        else:
            systems[name] = runner
    pages = [(label, args.pages / "pages" / label["file"]) for label in labels]
    texts = {path: decode_bytes(path.read_bytes(), str(path)) for _, path in pages}
    scores = {name: Score() for name in systems}
    for run in systems.values():  # warm-up: imports, dictionaries
        run(pages[0][1], texts[pages[0][1]])
    for label, path in pages:
        for name, run in systems.items():
            started = time.process_time()
            answer = run(path, texts[path])
            scores[name].times.append(time.process_time() - started)
            scores[name].files.append(label["file"])
            score_page(label, answer, scores[name], name)
    articles = sum(label["is_article"] for label in labels)
    print(f"{len(labels)} pages ({articles} articles, {len(labels) - articles} list pages) in {args.pages}\n")
    names = list(systems)
    print("| check | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    rows = [
        ("title exact", "title"),
        ("publisher (来源)", "publisher"),
        ("date", "date"),
        ("body sentences found", "sentences"),
        ("no boilerplate line kept", "clean"),
        ("list pages flagged", "flagged"),
    ]
    for label_text, attr in rows:
        cells = []
        for name in names:
            pair = getattr(scores[name], attr)
            peer_has_none = name != "citebrief" and (attr == "flagged" or (attr == "publisher" and name == "GNE"))
            cells.append("—" if peer_has_none else cell(pair))
        print(f"| {label_text} | " + " | ".join(cells) + " |")
    means = [f"{1000 * sum(s.times) / len(s.times):.0f}" for s in scores.values()]
    print("| CPU ms per page (mean) | " + " | ".join(means) + " |")
    slowest = [max(zip(s.times, s.files, strict=True)) for s in scores.values()]
    print("| slowest page (CPU ms) | " + " | ".join(f"{1000 * t:.0f} ({f})" for t, f in slowest) + " |")
    if args.show:
        print()
        for name in names:
            for miss in scores[name].misses:
                print(miss)


if __name__ == "__main__":
    main()
