"""unit_vector and normalize_rows give np.linalg.norm's numbers, bit for bit (briefs depend on ties)."""

from __future__ import annotations

import numpy as np

from citebrief.engines.weights import normalize_rows, unit_vector


def _reference(rows: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    result: np.ndarray = rows / norms
    return result


def test_same_numbers_as_linalg_norm() -> None:
    rng = np.random.default_rng(14)
    for size in (1, 3, 64, 701, 5000):
        for _ in range(50):
            rows = rng.random((6, size)) * (rng.random((6, size)) < 0.2) * rng.choice([1e-9, 1.0, 1e7])
            rows[0] = 0.0  # a zero row stays zero
            assert normalize_rows(rows).tobytes() == _reference(rows).tobytes()
            assert unit_vector(rows[1]).tobytes() == _reference(rows[1:2])[0].tobytes()
        counts = rng.integers(0, 4, (3, size))  # integer counts are read as floats, as norm reads them
        assert normalize_rows(counts).tobytes() == _reference(counts).tobytes()
        assert unit_vector(counts[0]).tobytes() == _reference(counts[:1])[0].tobytes()
    assert not unit_vector(np.zeros(4)).any()
