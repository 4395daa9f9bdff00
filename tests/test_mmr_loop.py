"""MMR's loop over plain floats picks what its numpy arrays picked: the same candidates, in the
same order, with the window widened, ties, same-point vetoes and per-source caps."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from citebrief.engines.mmr import DUPLICATE, MMR_LAMBDA, MMR_WINDOW, _redundancy, mmr
from citebrief.engines.sparse import SparseRows


def _numpy_mmr(
    candidates: Sequence[int],
    relevance: np.ndarray,
    vectors: SparseRows,
    chosen: list[int],
    count: int,
    source_of: Sequence[int] | None = None,
    cap: int | None = None,
    same_point: Callable[[int, Sequence[int], bool], bool] | None = None,
) -> list[int]:
    """The loop as it was written over numpy arrays."""
    picked: list[int] = []
    pool = np.array(candidates, dtype=int)
    if not len(pool):
        return picked
    gains = MMR_LAMBDA * relevance[pool]
    ceiling = np.maximum.accumulate(gains[::-1])[::-1]
    size = min(len(pool), MMR_WINDOW)
    redundancy = _redundancy(pool[:size], vectors, chosen)
    open_ = np.ones(size, dtype=bool)
    per_source: Counter[int] = Counter()
    while len(picked) < count:
        gain = np.where(open_, gains[:size] - (1 - MMR_LAMBDA) * redundancy, -np.inf)
        best = int(np.argmax(gain))
        if size < len(pool) and not (open_[best] and gain[best] >= ceiling[size]):
            wider = min(len(pool), size * 4)
            redundancy = np.concatenate([redundancy, _redundancy(pool[size:wider], vectors, chosen)])
            open_ = np.concatenate([open_, np.ones(wider - size, dtype=bool)])
            size = wider
            continue
        if not open_[best]:
            break
        open_[best] = False
        index = int(pool[best])
        near_identical = bool(redundancy[best] > DUPLICATE)
        if same_point(index, chosen, near_identical) if same_point is not None else near_identical:
            continue
        if source_of is not None and cap is not None:
            if per_source[source_of[index]] >= cap:
                continue
            per_source[source_of[index]] += 1
        picked.append(index)
        chosen.append(index)
        redundancy = np.maximum(redundancy, vectors.similarities(index)[pool[:size]])
    return picked


def test_the_loop_picks_as_the_arrays_did() -> None:
    rng = np.random.default_rng(11)
    cases = 0
    for rows in (5, 12, 80, 300):
        dense = rng.random((rows, 20)) * (rng.random((rows, 20)) > 0.7)
        dense[rows // 2] = dense[0]  # a sentence said twice: near-identical vectors
        vectors = SparseRows.from_dense(dense).normalized()
        # ties in relevance (rounded), so the first maximum decides
        relevance = np.round(rng.random(rows), 1)
        source_of = rng.integers(0, 3, rows).tolist()
        for size in (0, 1, 6, rows):
            drawn = rng.choice(rows, size=min(size, rows), replace=False).tolist()
            candidates = sorted(drawn, key=lambda i: -relevance[i])
            for count in (1, 3, 10):
                for chosen in ([], [int(rng.integers(rows))]):
                    veto = {int(i) for i in rng.choice(rows, size=max(1, rows // 5), replace=False)}

                    def same_point(index: int, before: Sequence[int], near: bool, veto: set[int] = veto) -> bool:
                        return near or index in veto

                    for options in ({}, {"same_point": same_point}, {"source_of": source_of, "cap": 1}):
                        expected = _numpy_mmr(candidates, relevance, vectors, list(chosen), count, **options)  # type: ignore[arg-type]
                        got = mmr(candidates, relevance, vectors, list(chosen), count, **options)  # type: ignore[arg-type]
                        assert got == expected, (rows, size, count, chosen, options.keys())
                        cases += 1
    assert cases > 100
