"""A long article in parts that follow its outline, for the map calls of map-reduce.

A model that sees one part at a time needs parts a reader would cut: whole sections where they
fit the budget; a section too large for one part split at paragraph boundaries, its heading
(and the lead-in of a list whose items it splits) repeated as context at the top of the next
part; the letter header, the table of contents and the closing lines left out (they say
nothing a brief cites, see `text.structure`). Each part knows its place ("part k of N"), the
sections it covers and how many points its substance is worth.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from citebrief.model import Document, Segment
from citebrief.text.outline import ITEM_LEVEL, find_outline, item_marker
from citebrief.text.structure import Role, roles

MAX_POINTS_PER_PART = 6
TOKENS_PER_POINT = 250  # about one key point per 250 tokens of substance
POINTS_PER_GROUP = 3  # the brief's rule: 2 or 3 points a group
LEFT_OUT = (Role.front_matter, Role.contents, Role.closing)


@dataclass(frozen=True)
class Part:
    """One map call's share of the article: whole paragraphs (their numbers kept), the paragraphs
    repeated from before it as context, the sections it covers, and its point allowance."""

    segments: tuple[Segment, ...]
    context: tuple[Segment, ...] = ()
    sections: tuple[str, ...] = ()
    k: int = 1
    total: int = 1
    max_points: int = MAX_POINTS_PER_PART

    @property
    def numbers(self) -> list[int]:
        """The paragraphs a point of this part may cite: its own and its context's."""
        return sorted({s.n for s in (*self.context, *self.segments)})


def estimate_tokens(text: str) -> int:
    """About how many tokens a text is: a Han character about one, English about four characters
    a token. An estimate for planning and --dry-run; the server's count is what --stats shows."""
    cjk = sum(1 for ch in text if "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\uffef")
    return cjk + math.ceil((len(text) - cjk) / 4)


def _size(segment: Segment) -> int:
    return estimate_tokens(f"[{segment.n}] {segment.text}\n")


def split_paragraph(segment: Segment, budget: int) -> list[Segment]:
    """A paragraph longer than a whole part, cut at sentence ends; every piece keeps its number."""
    pieces: list[Segment] = []
    current: list[str] = []
    for sentence in segment.sentences or []:
        if current and estimate_tokens(" ".join([*current, sentence.text])) > budget:
            pieces.append(segment.model_copy(update={"text": " ".join(current), "sentences": []}))
            current = []
        current.append(sentence.text)
    if current:
        pieces.append(segment.model_copy(update={"text": " ".join(current), "sentences": []}))
    return pieces or [segment]


@dataclass
class _Chunk:
    indexes: list[int]
    context: list[int]


class _Planner:
    def __init__(self, document: Document, budget: int) -> None:
        self.segments = document.segments
        texts = [s.text for s in self.segments]
        self.roles = roles(texts, document.lang)
        self.levels = {h.paragraph: h.level for h in find_outline(texts, document.lang) if h.level < ITEM_LEVEL}
        self.labels = {
            h.paragraph: self.segments[h.paragraph].text[: h.length].strip()
            for h in find_outline(texts, document.lang)
            if h.level < ITEM_LEVEL
        }
        self.budget = budget

    def size(self, indexes: Sequence[int]) -> int:
        return sum(_size(self.segments[i]) for i in indexes)

    def chunks(self, indexes: list[int], heads: list[int]) -> list[_Chunk]:
        """Whole sections where they fit; else the section's own subsections; else paragraphs."""
        if self.size(indexes) + self.size(heads) <= self.budget:
            return [_Chunk(indexes, heads)]
        inner = [i for i in indexes[1:] if i in self.levels]
        if not inner:
            return self.split(indexes, heads)
        top = min(self.levels[i] for i in inner)
        cuts = [i for i in inner if self.levels[i] == top]
        bounds = [indexes[0], *cuts]
        found: list[_Chunk] = []
        for start, end in zip(bounds, [*cuts, None], strict=True):
            piece = [i for i in indexes if i >= start and (end is None or i < end)]
            if not piece:
                continue
            own = piece[0] in self.levels and start != indexes[0]
            found += self.chunks(piece, heads if not own else [*heads, piece[0]])
        return found

    def lead_in(self, first: int, indexes: list[int]) -> int | None:
        """The paragraph ending in "：" that opens the list whose items run up to `first`."""
        position = indexes.index(first)
        if item_marker(self.segments[first].text) is None:
            return None
        for i in reversed(indexes[:position]):
            text = self.segments[i].text.rstrip()
            if text.endswith(("：", ":")):
                return i
            if item_marker(self.segments[i].text) is None:
                return None
        return None

    def split(self, indexes: list[int], heads: list[int]) -> list[_Chunk]:
        """A section too large for one part, at paragraph boundaries; each piece after the first
        carries the section's heading (and a list's lead-in) as context."""
        own_heads = [*heads, indexes[0]] if indexes[0] in self.levels and indexes[0] not in heads else heads
        room = max(1, self.budget - self.size(own_heads))
        target = math.ceil(self.size(indexes) / math.ceil(self.size(indexes) / room))  # pieces of about equal size
        found: list[_Chunk] = []
        current: list[int] = []
        context = heads
        for i in indexes:
            full = self.size(current) >= target or self.size([*context, *current, i]) > self.budget
            if full and any(self.roles.get(j) is not Role.heading for j in current):  # not headings only
                found.append(_Chunk(current, context))
                lead = self.lead_in(i, indexes)
                context = [h for h in own_heads if h not in (lead,)] + ([lead] if lead is not None else [])
                current = []
            current.append(i)
        if current:
            found.append(_Chunk(current, context))
        return found

    def fuse_headings(self, chunks: list[_Chunk]) -> list[_Chunk]:
        """A chunk of headings only ("二、主要任务" right before its "（一）……") opens the chunk after
        it, or, where that would not fit, becomes its context: a heading never ends a part."""
        fused: list[_Chunk] = []
        heads: list[int] = []
        for chunk in chunks:
            if all(self.roles.get(i) is Role.heading for i in chunk.indexes):
                heads += chunk.indexes
                continue
            if heads and self.size([*heads, *chunk.context, *chunk.indexes]) <= self.budget:
                fused.append(_Chunk([*heads, *chunk.indexes], chunk.context))
            elif heads:
                fused.append(_Chunk(chunk.indexes, list(dict.fromkeys([*chunk.context, *heads]))))
            else:
                fused.append(chunk)
            heads = []
        if heads:  # headings with nothing after them
            fused.append(_Chunk(heads, []))
        return fused

    def merge(self, chunks: list[_Chunk]) -> list[_Chunk]:
        """Neighbouring chunks share a part while they fit, so that small sections travel together."""
        merged: list[_Chunk] = []
        for chunk in self.fuse_headings(chunks):
            last = merged[-1] if merged else None
            if last is not None and self.size([*last.context, *last.indexes, *chunk.indexes]) <= self.budget:
                last.indexes += chunk.indexes
            else:
                merged.append(_Chunk(list(chunk.indexes), list(chunk.context)))
        return merged

    def sections(self, chunk: _Chunk) -> tuple[str, ...]:
        """The headings over the chunk's paragraphs: those repeated as context, then its own."""
        own = [self.labels[i] for i in chunk.indexes if i in self.labels]
        repeated = [self.labels[i] for i in chunk.context if i in self.labels]
        return tuple(dict.fromkeys([*repeated, *own]))


def _allowances(substance: list[int], slots: int) -> list[int]:
    """Points each part may give: one per TOKENS_PER_POINT of substance (1..6), scaled down when
    all parts together would give more than the reduce call can place (`slots`)."""
    wanted = [max(1, min(MAX_POINTS_PER_PART, math.ceil(tokens / TOKENS_PER_POINT))) for tokens in substance]
    total = sum(wanted)
    if total <= slots:
        return wanted
    return [max(1, math.floor(w * slots / total)) for w in wanted]


def plan_parts(document: Document, budget: int, groups: int = 8) -> list[Part]:
    """The article in parts of at most `budget` tokens that follow its outline; one part (all
    paragraphs) when it fits. `groups`: the most the brief may have, which caps the points."""
    segments = document.segments
    if sum(_size(s) for s in segments) <= budget:
        return [Part(segments=tuple(segments))]
    planner = _Planner(document, budget)
    body = [i for i in range(len(segments)) if planner.roles.get(i) not in LEFT_OUT] or list(range(len(segments)))
    chunks = planner.merge(planner.chunks(body, []))
    pieces: list[tuple[list[Segment], list[Segment], tuple[str, ...]]] = []
    for chunk in chunks:
        context = [segments[i] for i in chunk.context if i not in chunk.indexes]
        own: list[Segment] = []
        for i in chunk.indexes:
            if _size(segments[i]) > budget:  # one paragraph larger than a part: its sentences
                if own:
                    pieces.append((own, context, planner.sections(chunk)))
                    own, context = [], []
                pieces += [([piece], [], planner.sections(chunk)) for piece in split_paragraph(segments[i], budget)]
                continue
            own.append(segments[i])
        if own:
            pieces.append((own, context, planner.sections(chunk)))
    substance = [
        sum(_size(s) for s in own if planner.roles.get(s.n - 1) is None) or sum(_size(s) for s in own)
        for own, _, _ in pieces
    ]
    allowances = _allowances(substance, groups * POINTS_PER_GROUP)
    return [
        Part(
            segments=tuple(own),
            context=tuple(context),
            sections=sections,
            k=k,
            total=len(pieces),
            max_points=allowance,
        )
        for k, ((own, context, sections), allowance) in enumerate(zip(pieces, allowances, strict=True), 1)
    ]


def section_of(document: Document) -> dict[int, str]:
    """Paragraph number → the heading of the top-level section it stands in (for the reduce
    call's labels), for paragraphs under a heading."""
    texts = [s.text for s in document.segments]
    outline = [h for h in find_outline(texts, document.lang) if h.level < ITEM_LEVEL]
    if not outline:
        return {}
    top = min(h.level for h in outline)
    found: dict[int, str] = {}
    label = ""
    heads = {h.paragraph: texts[h.paragraph][: h.length].strip() for h in outline if h.level == top}
    for index in range(len(texts)):
        label = heads.get(index, label)
        if label:
            found[index + 1] = label
    return found
