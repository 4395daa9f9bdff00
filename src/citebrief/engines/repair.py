"""The extractive engine's --strict repair (its `regenerate` in the engine table): an
unsupported bullet replaced by the best unused sentence of its group's paragraphs."""

from __future__ import annotations

import math
from collections import Counter

from citebrief.engines.extractive import trim_sentence
from citebrief.model import Brief, Group, Point, VerdictLabel
from citebrief.verify import SourceIndex, check_point
from citebrief.verify.brief_figures import is_claim


def next_best_sentence(point: Point, group: Group, brief: Brief, index: SourceIndex) -> Point | None:
    """The extractive engine's repair: the unused sentence of the group's paragraphs closest to
    the group's other bullets (its theme), trimmed as the engine trims, if it is supported."""
    others = [p for p in group.points if p is not point and p.text != point.text]
    paragraphs = list(dict.fromkeys(n for p in [*others, point] for n in p.citations if index.in_range(n)))
    if not paragraphs:
        return None
    used = [p.text.removesuffix("……").removesuffix(" …") for p in brief.points()]
    theme: Counter[str] = Counter()
    for other in others:
        theme.update(index.claim(other.text).terms)
    if not theme:
        for n in paragraphs:
            theme.update(index.paragraph(n).terms)
    weight_of = dict(zip(theme, index.weights(list(theme)), strict=True))
    candidates = []
    for n in paragraphs:
        for sentence, terms, folded in index.paragraph(n).sentences:
            if not is_claim(sentence.text, index.lang):
                continue
            if any(u and (u in sentence.text or sentence.text in u) for u in used):
                continue  # already a bullet
            if index.lang == "zh":
                terms = frozenset(t for t in theme if t in folded)  # noqa: PLW2901 - Chinese: by substring
            closeness = sum(weight_of.get(t, 0.0) * theme[t] for t in terms) / math.sqrt(len(terms) or 1)
            candidates.append((closeness, -sentence.start, n, sentence))
    for _, _, n, sentence in sorted(candidates, key=lambda c: (-c[0], -c[1])):
        replacement = Point(text=trim_sentence(sentence.text, index.lang), citations=[n])
        replacement.support = check_point(replacement, index)
        if replacement.support.label is VerdictLabel.supported:
            return replacement
    return None
