"""Maximal marginal relevance: the extractive engine's bullets and the digest's both pick,
one at a time, the candidate most relevant to their theme and least like what is already
picked, so that a group does not say the same thing twice."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from citebrief.engines.sparse import SparseRows

MMR_LAMBDA = 0.7  # relevance against redundancy
DUPLICATE = 0.9  # cosine past which a candidate is the same sentence said again
# candidates compared at first; the window widens only when one further down could still win
MMR_WINDOW = 64


def _redundancy(pool: np.ndarray, vectors: SparseRows, chosen: Sequence[int]) -> np.ndarray:
    """Each pool row's highest similarity to a chosen row (0 when none is chosen): the pool's
    entries of each chosen row, then one reduction (a maximum is exact, in any order)."""
    highest: np.ndarray = np.maximum.reduce([np.zeros(len(pool)), *(vectors.similarities(i)[pool] for i in chosen)])
    return highest


def mmr(
    candidates: Sequence[int],
    relevance: np.ndarray,
    vectors: SparseRows,
    chosen: list[int],
    count: int,
    *,
    source_of: Sequence[int] | None = None,
    cap: int | None = None,
    same_point: Callable[[int, Sequence[int], bool], bool] | None = None,
) -> list[int]:
    """Pick up to `count` of `candidates` (rows of `vectors`, in ranked order: ties go to the
    earlier one) against `chosen`, which is extended in place. With `source_of` and `cap`, at
    most `cap` picks share a source (the digest: bullets of one article). A candidate that says
    what a chosen one says is passed over: by default when their vectors are near-identical;
    with `same_point(candidate, chosen, near_identical)`, as that decides (the engine also
    compares wording and figures, which the vectors do not see).

    Only the first MMR_WINDOW candidates are compared at first; the window widens when a
    candidate past it could still win (its gain is at most MMR_LAMBDA × its relevance, redundancy
    being ≥ 0), so the picks are those of a pass over every candidate, at a cost bounded by the
    window on a 10,000-paragraph law.
    """
    picked: list[int] = []
    pool = np.array(candidates, dtype=int)
    if not len(pool):
        return picked
    # the loop reads plain floats: a pool is a few candidates most often (median 6 on zh-policy),
    # where numpy's call per step cost more than the step; the same IEEE operations as its
    # arrays did, element by element (a difference, a product, a maximum), so the same picks
    gains_array = MMR_LAMBDA * relevance[pool]
    ceiling = np.maximum.accumulate(gains_array[::-1])[::-1].tolist()  # the best gain from each position on
    gains = gains_array.tolist()
    size = min(len(pool), MMR_WINDOW)
    redundancy = _redundancy(pool[:size], vectors, chosen).tolist()
    open_ = [True] * size
    per_source: Counter[int] = Counter()
    weight = 1 - MMR_LAMBDA
    while len(picked) < count:  # (gains is the whole pool's, the others the window's)
        gain = [g - weight * r if o else _CLOSED for g, r, o in zip(gains, redundancy, open_, strict=False)]
        best = max(range(size), key=gain.__getitem__)  # the first maximum: ties go to the better-ranked
        if size < len(pool) and not (open_[best] and gain[best] >= ceiling[size]):
            wider = min(len(pool), size * 4)
            redundancy += _redundancy(pool[size:wider], vectors, chosen).tolist()
            open_ += [True] * (wider - size)
            size = wider
            continue
        if not open_[best]:
            break
        open_[best] = False
        index = int(pool[best])
        near_identical = redundancy[best] > DUPLICATE
        if same_point(index, chosen, near_identical) if same_point is not None else near_identical:
            continue  # the same sentence said again elsewhere
        if source_of is not None and cap is not None:
            if per_source[source_of[index]] >= cap:
                continue
            per_source[source_of[index]] += 1
        picked.append(index)
        chosen.append(index)
        redundancy = list(map(max, redundancy, vectors.similarities(index)[pool[:size]].tolist()))
    return picked


_CLOSED = float("-inf")  # the gain of a candidate already taken or passed over
