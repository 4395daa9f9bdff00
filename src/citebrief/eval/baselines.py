"""The baselines every engine is measured against: Lead-3 and a plain TextRank.

Both are written here, small and dependency-free, so `citebrief eval` can put them beside the
brief in the same run without installing a peer package. They read the sentences of the same
segmented `Document` the engine reads, so a difference in score is a difference in selection,
not in sentence splitting.

- Lead-k: the first k sentences. On news, whose first sentences are written to summarize, it
  is the bar any extractive method has to clear.
- TextRank (Mihalcea & Tarau, 2004): sentences are nodes, edges weigh the cosine similarity of
  their TF-IDF vectors, PageRank by power iteration scores them; the top k are returned in
  document order. "Plain" on purpose: no position prior, no redundancy control, no themes —
  exactly what the extractive engine adds on top.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from citebrief.engines.weights import TermSpace
from citebrief.model import Document, Lang
from citebrief.text.tokenize import terms

DAMPING = 0.85
TOLERANCE = 1e-8
MAX_ITERATIONS = 200


def sentences_of(document: Document) -> list[str]:
    """Every sentence of the document in reading order (the units both baselines select)."""
    return [sentence.text for segment in document.segments for sentence in segment.sentences]


def lead(document: Document, k: int = 3) -> list[str]:
    """The first `k` sentences: Lead-3 with the default, the classic news baseline."""
    return sentences_of(document)[:k]


def pagerank(weights: np.ndarray, *, damping: float = DAMPING) -> np.ndarray:
    """PageRank of a weighted graph (square, non-negative adjacency) by power iteration.

    Written with numpy rather than networkx: a few dozen nodes need a few dozen matrix-vector
    products, and networkx would cost more to import than the whole computation. A node
    without edges (a sentence sharing no term with any other) spreads its rank evenly, as in
    the original definition, so the scores still sum to 1.
    """
    count = len(weights)
    if count == 0:
        return np.zeros(0)
    weights = np.asarray(weights, dtype=np.float64).copy()
    np.fill_diagonal(weights, 0.0)
    out_weight = weights.sum(axis=1)
    dangling = out_weight == 0
    transition = np.divide(weights, out_weight[:, None], out=np.zeros_like(weights), where=~dangling[:, None])
    rank = np.full(count, 1.0 / count)
    for _ in range(MAX_ITERATIONS):
        spread: np.ndarray = rank @ transition + rank[dangling].sum() / count
        updated: np.ndarray = (1.0 - damping) / count + damping * spread
        if float(np.abs(updated - rank).sum()) < TOLERANCE:
            return updated
        rank = updated
    return rank


def textrank_scores(sentences: Sequence[str], lang: Lang) -> np.ndarray:
    """TextRank centrality of each sentence: PageRank over TF-IDF cosine similarities."""
    units = [terms(sentence, lang) for sentence in sentences]
    vectors = TermSpace(units, lang).matrix(units)
    similarity = np.clip(vectors @ vectors.T, 0.0, None)
    return pagerank(similarity)


def textrank_select(sentences: Sequence[str], lang: Lang, k: int = 3) -> list[str]:
    """The `k` most central sentences, in document order (ties go to the earlier sentence)."""
    if not sentences:
        return []
    scores = textrank_scores(sentences, lang)
    top = sorted(range(len(sentences)), key=lambda i: (-float(scores[i]), i))[:k]
    return [sentences[i] for i in sorted(top)]


def textrank(document: Document, k: int = 3) -> list[str]:
    """Plain TextRank top-`k` of a document's sentences, in document order."""
    return textrank_select(sentences_of(document), document.lang, k)
