"""What the two reference-miss benches share: each article drafted and scored the way the engine
reads it, and the report of misses by cause (`en_highlight_misses.py`, `zh_summary_misses.py`).

Each bench decides for itself what a reference fact is, when a brief says it and why it was
missed; this module only walks the articles and prints the counts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import NamedTuple


class Miss(NamedTuple):
    article: int
    cause: str
    fact: str
    sentence: str


class Drafted(NamedTuple):
    """One article as its bench reads it: the brief's bullets (text, cited paragraphs) and
    titles, and the engine's sentence units (text, paragraph) with the indices it may pick."""

    index: int
    bullets: list[tuple[str, list[int]]]
    titles: list[str]
    units: list[tuple[str, int]]
    usable: set[int]


def drafted(articles: list[str], set_name: str) -> Iterator[Drafted]:
    """Each article drafted, and scored again to learn its sentence units and candidates."""
    from citebrief.engines import policy_parts as parts
    from citebrief.engines.annexes import list_levels
    from citebrief.engines.policy import is_policy
    from citebrief.engines.scoring import score
    from citebrief.ingest import document_from_text
    from citebrief.pipeline import draft
    from citebrief.text.outline import find_outline

    for i, article in enumerate(articles):
        document = document_from_text(article, origin=f"{set_name}-{i}", kind="text")
        brief = draft(document)
        texts = [s.text for s in document.segments]
        outline = find_outline(texts, document.lang)
        headings = parts.point_headings(outline, texts, list_levels(outline, texts))
        scored, _, _ = score(document, headings, is_policy(document, texts, bool(outline)))
        yield Drafted(
            i,
            [(p.text, p.citations) for g in brief.groups for p in g.points],
            [g.title for g in brief.groups],
            [(u.text, u.paragraph) for u in scored.units],
            set(scored.usable),
        )


def report(
    set_name: str, what: str, total: int, covered: int, misses: list[Miss], threshold: float, *, show: bool
) -> None:
    """Covered count, then each cause with its count and article numbers (each miss first, with `show`)."""
    by_cause: dict[str, list[int]] = defaultdict(list)
    for miss in misses:
        by_cause[miss.cause].append(miss.article)
        if show:
            print(f"{set_name} {miss.article} [{miss.cause}]: {miss.fact}\n    sentence: {miss.sentence[:160]}")
    print(f"{what} covered at {threshold:.0%}: {covered} of {total}")
    for cause, articles in sorted(by_cause.items(), key=lambda item: -len(item[1])):
        print(f"  {cause}: {len(articles)} ({', '.join(map(str, sorted(set(articles))))})")
