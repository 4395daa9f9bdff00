"""A Chinese news item or feature read by topic and place, not only in runs of neighbours.

Runs of neighbouring sentences (`runs.run_themes`) are cut where the words turn, and a run
holds whatever lies between two turns: a storm's wind bullets under its rain, a province's
geography with a news agency's profile and a speech. Readers marked such groups down (zh-news
grouping 3.17). The sentences left for bullets are clustered instead, as a long list's items
are (`list_topics`: Ward's method on unit TF-IDF vectors, each word weighed by how few of the
sentences say it, the sentence's place appended as a fifth of its length), into as many themes
as the runs give: neighbours stay together unless a later passage shares more with an earlier
run. Kept only where fewer sentences are left sharing no name or noun with their theme's others.

Measured and NOT hooked in (iZ2): over zh-news and zh-clts in the readers' form, 23 briefs
changed, 6 better, 8 worse, 9 the same by a read; sentence-level clustering, 5/8/2 of 15 read.
The groups whose bullets share no word stayed where they were (zh-news 123 of 333 → 120).
A roundup's items, a report's cases and a list's long items keep their runs (their own
lines say where each begins).
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from citebrief.engines.list_topics import _item_weighted, _placed
from citebrief.engines.runs import MIN_RUN_SPARE, paragraph_runs
from citebrief.engines.sparse import SparseRows
from citebrief.engines.themes import MAX_CLUSTERED, OVERVIEW_THEME, Themes
from citebrief.engines.ward import ward_clusters
from citebrief.engines.weights import unit_vector
from citebrief.engines.zh_regroup import COMMON_SHARE, key_words


def topic_groups(
    vectors: SparseRows,
    sentences: list[tuple[str, int]],
    spare: list[int],
    runs: Themes,
    openers: np.ndarray,
) -> Themes | None:
    """Themes of the `spare` sentences (those left for bullets) by content and place, as many as
    the `runs` give them; None where the runs are a roundup's items (`openers`) or a report's
    cases (an intro the overview's), or there is one run."""
    run_of = runs.sentences
    if run_of is None or openers.any() or (run_of == OVERVIEW_THEME).any():
        return None
    rows = [i for i in spare if vectors.indptr[i + 1] > vectors.indptr[i]]
    wanted = len({int(run_of[i]) for i in rows})
    if wanted < 2 or not MIN_RUN_SPARE * wanted <= len(rows) <= MAX_CLUSTERED:
        return None
    paragraph = np.array([sentences[i][1] for i in rows])
    parts, part_of = np.unique(paragraph, return_inverse=True)  # a passage is clustered whole
    if len(parts) < wanted:
        return None
    weighted = _item_weighted(vectors.take(rows).group_sums(part_of, len(parts)), list(range(len(parts))))
    clusters = ward_clusters(_placed(weighted), wanted)
    found = _merge_small(clusters, weighted, np.bincount(part_of, minlength=len(parts)))[part_of]
    keys = _keys([text for text, _ in sentences], rows)
    if _loners(keys, found.tolist()) >= _loners(keys, [int(run_of[i]) for i in rows]):
        return None  # no fewer sentences left sharing nothing with their theme: the runs stand
    labels = np.full(len(sentences), -1)
    labels[rows] = found
    following = int(labels[rows[-1]])
    for i in range(len(sentences) - 1, -1, -1):  # a sentence not clustered goes with the next one
        if labels[i] >= 0:
            following = int(labels[i])
        else:
            labels[i] = following
    _, first, inverse = np.unique(labels, return_index=True, return_inverse=True)
    if len(first) < wanted:
        return None
    renumber = np.empty(len(first), dtype=int)  # themes numbered in reading order
    renumber[np.argsort(first)] = np.arange(len(first))
    labels = renumber[inverse]
    return Themes(paragraph_runs(labels, [p for _, p in sentences], len(runs.labels)), {}, labels)


def _keys(texts: list[str], rows: list[int]) -> list[frozenset[str]]:
    """The names and nouns of each of `rows` (`zh_regroup.key_words`), less the words
    COMMON_SHARE of the article's sentences say (what the whole article is about)."""
    every = [key_words(t) for t in texts]
    said = Counter(w for found in every for w in found)
    common = {w for w, n in said.items() if n >= COMMON_SHARE * len(texts)}
    return [every[i] - common for i in rows]


def _loners(keys: list[frozenset[str]], labels: list[int]) -> int:
    """The sentences that share no word (`keys`) with any other of their theme (`labels`)."""
    count = 0
    for i, own in enumerate(keys):
        if not any(own & keys[j] for j, label in enumerate(labels) if label == labels[i] and j != i):
            count += 1
    return count


def _merge_small(labels: np.ndarray, rows: SparseRows, sentences: np.ndarray) -> np.ndarray:
    """Each cluster of `rows` (passages) holding fewer than MIN_RUN_SPARE `sentences` folded
    into the cluster nearest it in content: one sentence is no group."""
    labels = labels.copy()
    while True:
        themes = np.unique(labels)
        sizes = np.array([int(sentences[labels == t].sum()) for t in themes])
        if len(themes) <= 1 or sizes.min() >= MIN_RUN_SPARE:
            return labels
        victim = int(themes[np.argmin(sizes)])
        mine = unit_vector(rows.sum_rows(labels == victim))
        others = [int(t) for t in themes if t != victim]
        nearest = max(others, key=lambda t: (float(mine @ unit_vector(rows.sum_rows(labels == t))), -t))
        labels[labels == victim] = nearest
