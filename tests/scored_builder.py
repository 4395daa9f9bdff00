"""A Chinese article's (or an English story's) sentences as the engine weighs them, for tests of the
rules that read only the sentences, their paragraphs, weights and kinds (the vectors are empty: no such
rule reads them)."""

from __future__ import annotations

import numpy as np

from citebrief.engines.scored import Scored, Unit
from citebrief.engines.sparse import SparseRows
from citebrief.text.patterns import specificity
from citebrief.text.tokenize import en_terms


def zh_scored(paragraphs: list[list[str]], *, falling: bool = False, with_kinds: bool = False) -> Scored:
    """`falling` weighs earlier sentences more (as the lead does); `with_kinds` fills each sentence's
    specifics (figures, dates, measures) for the rules that keep a figure over a plain sentence."""
    texts = [(p, t) for p, sentences in enumerate(paragraphs, 1) for t in sentences]
    units = [Unit(i, p, t, [], i / len(texts), False, None) for i, (p, t) in enumerate(texts)]
    return Scored(
        units=units,
        usable=list(range(len(texts))),
        sentence_vectors=SparseRows.from_dense(np.zeros((len(texts), 1))),
        paragraph_vectors=SparseRows.from_dense(np.zeros((len(paragraphs), 1))),
        weights=np.linspace(1.0, 0.5, len(texts)) if falling else np.ones(len(texts)),
        passages=False,
        trimmed=[t for _, t in texts],
        lead_weights=np.ones(len(texts)),
        position=np.zeros(len(texts)),
        lang="zh",
        kinds={i: specificity(t) for i, (_, t) in enumerate(texts)} if with_kinds else {},
    )


def en_story_scored(story: list[tuple[str, int]]) -> Scored:
    """An English story's sentences with their paragraph numbers, as the grouping rules read them:
    each sentence's terms, flat weights and no vectors."""
    n = len(story)
    return Scored(
        units=[Unit(k, p, text, en_terms(text), k / n, False, None) for k, (text, p) in enumerate(story)],
        usable=list(range(n)),
        sentence_vectors=SparseRows.from_dense(np.zeros((n, 1))),
        paragraph_vectors=SparseRows.from_dense(np.zeros((n, 1))),
        weights=np.ones(n),
        passages=False,
        trimmed=[text for text, _ in story],
        lead_weights=np.ones(n),
        position=np.zeros(n),
        lang="en",
        kinds={},
    )
