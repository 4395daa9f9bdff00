"""Seeded corruptions of a brief: the mistakes the verify stage must catch, made on purpose.

`citebrief eval --verify` takes our own extractive briefs (every bullet a sentence of the
paragraph it cites) and breaks one bullet at a time in the ways summaries go wrong:

- citation: the bullet's citation moved to another paragraph that does not say it (neither
  repeats the sentence nor holds all of its figures);
- number: one figure changed (a digit, a decimal point, a Chinese numeral) to a value the
  cited paragraph does not hold, not even rounded;
- entity: a name swapped for another name of the same kind, from elsewhere in the article
  (or from another article) and not in the cited paragraph;
- fabricated: a sentence about something the article never mentions (taken from another
  article and sharing little vocabulary with this one) inserted as a bullet citing a paragraph.

Everything is drawn from a `random.Random` the caller seeds, in a fixed order, so one seed
gives the same corrupted set on every machine.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, get_args

from citebrief.model import Brief, Document, Group, Point
from citebrief.text.numbers import Quantity, find_quantities, rounds_to
from citebrief.text.tokenize import analyze, tag_zh

CorruptionKind = Literal["citation", "number", "entity", "fabricated"]
KINDS: tuple[CorruptionKind, ...] = get_args(CorruptionKind)
_ZH_DIGIT_CHARS = "一二三四五六七八九"
_NAME_TAGS = ("nr", "ns", "nt", "nz")
_EN_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+(?: [A-Z][a-z]+)*")
FOREIGN_OVERLAP_MAX = 0.2
ATTEMPTS = 12


@dataclass(frozen=True)
class Corruption:
    """One broken bullet: where it is in the corrupted brief, and what was done to it."""

    kind: CorruptionKind
    group: int  # 0-based group index in the corrupted brief
    point: int  # 0-based bullet index inside that group
    detail: str  # "63.5% → 6.35%", "[2] → [5]", "王明星 → 陈小辉", "inserted citing [3]"
    has_figures: bool  # the bullet holds a figure (for the citation kind: the target lacks it)


def _positions(brief: Brief) -> list[tuple[int, int]]:
    return [(g, k) for g, group in enumerate(brief.groups) for k in range(len(group.points))]


def _replace_point(brief: Brief, g: int, k: int, point: Point) -> Brief:
    groups = [group.model_copy(deep=True) for group in brief.groups]
    groups[g].points[k] = point
    return brief.model_copy(update={"groups": groups, "checks": None})


def _paragraph_keys(document: Document, numbers: Sequence[int]) -> set[str]:
    keys: set[str] = set()
    for n in numbers:
        if 1 <= n <= len(document.segments):
            for quantity in find_quantities(document.segment(n).text):
                keys |= quantity.answers()
    return keys


def move_citation(brief: Brief, document: Document, rng: random.Random) -> tuple[Brief, Corruption] | None:
    """Cite another paragraph: one that neither repeats the bullet nor holds all its figures."""
    positions = _positions(brief)
    rng.shuffle(positions)
    for g, k in positions[:ATTEMPTS]:
        point = brief.groups[g].points[k]
        core = point.text.removesuffix("……").removesuffix(" …")
        figures = {q.key for q in find_quantities(point.text) if not q.weak}
        targets = [
            s.n
            for s in document.segments
            if s.n not in point.citations
            and core not in s.text
            and not (figures and figures <= _paragraph_keys(document, [s.n]))
        ]
        if not targets:
            continue
        target = rng.choice(targets)
        moved = point.model_copy(update={"citations": [target], "support": None})
        detail = f"{''.join(f'[{n}]' for n in point.citations)} → [{target}]"
        return _replace_point(brief, g, k, moved), Corruption("citation", g, k, detail, bool(figures))
    return None


def _changed_figure(quantity: Quantity, rng: random.Random) -> str | None:
    """The figure's text with one plausible slip: a digit changed, the decimal point moved, a
    zero added or dropped, a Chinese numeral swapped."""
    text = quantity.text
    digits = [i for i, c in enumerate(text) if c.isdigit()]
    if digits:
        choice = rng.randrange(3)
        whole, point, fraction = text.partition(".")
        if choice == 0 and point and fraction[:1].isdigit():
            # the decimal point slips one place: 3.2% → 32%, 1.15万亿 → 11.5万亿
            return whole + fraction[:1] + ("." + fraction[1:] if fraction[1:2].isdigit() else fraction[1:])
        if choice == 1:
            # a zero too many: 3万 → 30万, 568 → 5680
            end = digits[0]
            while end < len(text) and text[end].isdigit():
                end += 1
            return text[:end] + "0" + text[end:]
        i = rng.choice(digits)
        replacement = rng.choice([d for d in "0123456789" if d != text[i] and not (i == digits[0] and d == "0")])
        return text[:i] + replacement + text[i + 1 :]
    numerals = [i for i, c in enumerate(text) if c in _ZH_DIGIT_CHARS + "两"]
    if numerals:
        i = rng.choice(numerals)
        replacement = rng.choice([d for d in _ZH_DIGIT_CHARS[1:] if d != text[i]])
        return text[:i] + replacement + text[i + 1 :]
    return None


def change_number(brief: Brief, document: Document, rng: random.Random) -> tuple[Brief, Corruption] | None:
    """Change one figure of a bullet to a value its cited paragraphs do not hold."""
    positions = _positions(brief)
    rng.shuffle(positions)
    for g, k in positions:
        point = brief.groups[g].points[k]
        quantities = [q for q in find_quantities(point.text) if not q.weak]
        if not quantities:
            continue
        cited = _paragraph_keys(document, point.citations)
        cited_values = [
            q
            for n in point.citations
            if 1 <= n <= len(document.segments)
            for q in find_quantities(document.segment(n).text)
        ]
        for _ in range(ATTEMPTS):
            quantity = rng.choice(quantities)
            changed = _changed_figure(quantity, rng)
            if changed is None or changed == quantity.text:
                continue
            text = point.text[: quantity.start] + changed + point.text[quantity.end :]
            new = [
                q
                for q in find_quantities(text)
                if not q.weak and quantity.start <= q.start < quantity.start + len(changed)
            ]
            if not new or any(
                q.key in cited or any(c.kind == q.kind and rounds_to(q.value, c.value) for c in cited_values)
                for q in new
            ):
                continue
            detail = f"{quantity.text} → {changed}"
            corrupted = point.model_copy(update={"text": text, "support": None})
            return _replace_point(brief, g, k, corrupted), Corruption("number", g, k, detail, True)
    return None


def _names_with_tags(text: str, lang: str) -> list[tuple[str, str]]:
    if lang == "zh":
        return [(w, f) for w, f in tag_zh(text) if f in _NAME_TAGS and len(w) >= 2]
    return [(m.group(), "name") for m in _EN_NAME.finditer(text)]


def swap_entity(
    brief: Brief, document: Document, rng: random.Random, foreign: Sequence[str] = ()
) -> tuple[Brief, Corruption] | None:
    """Swap one name in a bullet for another of the same kind that its cited paragraphs lack."""
    pool: dict[str, list[str]] = {}
    for text in [*(s.text for s in document.segments), *foreign]:
        for name, tag in _names_with_tags(text, document.lang):
            if name not in pool.setdefault(tag, []):
                pool[tag].append(name)
    positions = _positions(brief)
    rng.shuffle(positions)
    for g, k in positions:
        point = brief.groups[g].points[k]
        names = _names_with_tags(point.text, document.lang)
        if not names:
            continue
        cited_text = " ".join(document.segment(n).text for n in point.citations if 1 <= n <= len(document.segments))
        name, tag = rng.choice(names)
        others = [other for other in pool.get(tag, []) if other not in cited_text and name not in other]
        if not others:
            continue
        other = rng.choice(others)
        text = point.text.replace(name, other, 1)
        corrupted = point.model_copy(update={"text": text, "support": None})
        figures = any(not q.weak for q in find_quantities(text))
        return _replace_point(brief, g, k, corrupted), Corruption("entity", g, k, f"{name} → {other}", figures)
    return None


def foreign_sentences(document: Document, candidates: Sequence[str], limit: int = 40) -> list[str]:
    """Sentences of other articles that share little vocabulary with this one: claims the
    article never makes (at most FOREIGN_OVERLAP_MAX of their content words appear in it)."""
    vocabulary = {t.word for t in analyze(document.text, document.lang) if t.is_term}
    chosen = []
    for sentence in candidates:
        words = [t.word for t in analyze(sentence, document.lang) if t.is_term]
        if len(words) < 4:
            continue
        if sum(w in vocabulary for w in words) / len(words) <= FOREIGN_OVERLAP_MAX:
            chosen.append(sentence)
            if len(chosen) >= limit:
                break
    return chosen


def insert_fabricated(
    brief: Brief, document: Document, rng: random.Random, foreign: Sequence[str]
) -> tuple[Brief, Corruption] | None:
    """Insert a bullet about something the article never mentions, citing one of its paragraphs."""
    from citebrief.engines.extractive import trim_sentence

    sentences = foreign_sentences(document, foreign)
    if not sentences or not brief.groups or not document.segments:
        return None
    text = trim_sentence(rng.choice(sentences), document.lang)
    n = rng.randint(1, len(document.segments))
    g = rng.randrange(len(brief.groups))
    k = rng.randint(0, len(brief.groups[g].points))
    groups = [group.model_copy(deep=True) for group in brief.groups]
    groups[g] = Group(
        title=groups[g].title, points=[*groups[g].points[:k], Point(text=text, citations=[n]), *groups[g].points[k:]]
    )
    figures = any(not q.weak for q in find_quantities(text))
    corrupted = brief.model_copy(update={"groups": groups, "checks": None})
    return corrupted, Corruption("fabricated", g, k, f"inserted citing [{n}]", figures)


def corrupt(
    brief: Brief, document: Document, kind: CorruptionKind, rng: random.Random, foreign: Sequence[str] = ()
) -> tuple[Brief, Corruption] | None:
    """One corruption of `kind`, or None where the brief offers nothing to break that way
    (no bullet with a figure, no name, a one-paragraph article)."""
    if kind == "citation":
        return move_citation(brief, document, rng)
    if kind == "number":
        return change_number(brief, document, rng)
    if kind == "entity":
        return swap_entity(brief, document, rng, foreign)
    return insert_fabricated(brief, document, rng, foreign)
