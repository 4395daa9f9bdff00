"""A section's words summed off its run of stored values give the same floats as the grouped sums
that `merge_neighbours` read before."""

from __future__ import annotations

import itertools

import numpy as np

from citebrief.engines.scoring import score
from citebrief.engines.sparse import SparseRows
from citebrief.ingest import document_from_text
from conftest import load_records


def _grouped_rows(rows: SparseRows, cuts: list[int]) -> list[np.ndarray]:
    """Each run's sum as `merge_neighbours` read it before: every row labelled, then grouped."""
    labels = np.full(len(rows), len(cuts) - 1)
    for k, (start, end) in enumerate(itertools.pairwise(cuts)):
        labels[start:end] = k
    grouped = rows.group_sums(labels, len(cuts))
    return [grouped.row(k) for k in range(len(cuts) - 1)]


def test_a_run_of_rows_sums_to_the_same_floats_as_the_grouped_sums() -> None:
    rng = np.random.default_rng(11)
    for _ in range(100):
        count, columns = int(rng.integers(1, 30)), int(rng.integers(1, 50))
        rows = SparseRows.from_dense(rng.random((count, columns)) * (rng.random((count, columns)) < 0.3)).normalized()
        cuts = sorted({0, count, *rng.integers(0, count + 1, size=3).tolist()})
        for k, grouped in enumerate(_grouped_rows(rows, cuts)):
            assert rows.sum_range(cuts[k], cuts[k + 1]).tobytes() == grouped.tobytes()


def test_a_policy_s_sections_sum_as_they_did() -> None:
    for record in load_records("zh-policy.jsonl")[:8]:
        document = document_from_text(record["article"], origin="test", kind="text")
        paragraphs = score(document, {}, True)[0].paragraph_vectors
        step = max(1, len(paragraphs) // 5)
        cuts = sorted({0, len(paragraphs), *range(step, len(paragraphs), step)})
        for k, grouped in enumerate(_grouped_rows(paragraphs, cuts)):
            assert paragraphs.sum_range(cuts[k], cuts[k + 1]).tobytes() == grouped.tobytes()
