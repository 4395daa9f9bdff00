"""Maximal marginal relevance: the extractive engine's bullets and the digest's both pick,
one at a time, the candidate most relevant to their theme and least like what is already
picked, so that a group does not say the same thing twice."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

MMR_LAMBDA = 0.7  # relevance against redundancy
DUPLICATE = 0.9  # cosine past which a candidate is the same sentence said again


def mmr(
    candidates: Sequence[int],
    relevance: np.ndarray,
    vectors: np.ndarray,
    chosen: list[int],
    count: int,
    *,
    source_of: Sequence[int] | None = None,
    cap: int | None = None,
) -> list[int]:
    """Pick up to `count` of `candidates` (rows of `vectors`, in ranked order: ties go to the
    earlier one) against `chosen`, which is extended in place. With `source_of` and `cap`, at
    most `cap` picks share a source (the digest: bullets of one article)."""
    picked: list[int] = []
    pool = np.array(candidates, dtype=int)
    if not len(pool):
        return picked
    pool_vectors = vectors[pool]
    redundancy = (pool_vectors @ vectors[chosen].T).max(axis=1) if chosen else np.zeros(len(pool))
    open_ = np.ones(len(pool), dtype=bool)
    per_source: Counter[int] = Counter()
    while open_.any() and len(picked) < count:
        gain = np.where(open_, MMR_LAMBDA * relevance[pool] - (1 - MMR_LAMBDA) * redundancy, -np.inf)
        best = int(np.argmax(gain))  # first maximum: ties go to the better-ranked candidate
        open_[best] = False
        if redundancy[best] > DUPLICATE:
            continue  # the same sentence said again elsewhere
        index = int(pool[best])
        if source_of is not None and cap is not None:
            if per_source[source_of[index]] >= cap:
                continue
            per_source[source_of[index]] += 1
        picked.append(index)
        chosen.append(index)
        redundancy = np.maximum(redundancy, pool_vectors @ pool_vectors[best])
    return picked
