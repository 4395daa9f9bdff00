"""Agglomerative clustering with Ward's criterion on unit vectors, in O(n²) time and memory.

Ward keeps themes of comparable size where average linkage lets one cluster swallow a policy
text and leaves six one-heading "themes". Written here rather than imported: scipy.cluster /
scikit-learn add 0.6-1.5 s of import time to every cold start. Distances are updated by the
Lance-Williams formula; each row's nearest neighbour is kept, so finding the closest pair is a
pass over n minima, not over the n² matrix (which made the whole O(n³)). Ties go to the lowest
indices (row first, then column), exactly as a scan of the full matrix would, so the result is
deterministic and the same as the plain algorithm's.
"""

from __future__ import annotations

import numpy as np

from citebrief.engines.sparse import SparseRows


def ward_clusters(points: np.ndarray | SparseRows, k: int) -> np.ndarray:
    """Cluster labels 0..k-1 (numbered in order of first appearance) of unit-length rows."""
    count = len(points)
    if k >= count:
        return np.arange(count)
    gram = points.gram() if isinstance(points, SparseRows) else points @ points.T
    distance = np.clip(2.0 - 2.0 * gram, 0.0, None)  # squared Euclidean between unit vectors
    np.fill_diagonal(distance, np.inf)
    sizes = np.ones(count)
    labels = np.arange(count)
    nearest = np.argmin(distance, axis=1)  # the first column holding each row's minimum
    least = distance[np.arange(count), nearest]
    for _ in range(count - k):
        a = int(np.argmin(least))  # the first row holding the overall minimum …
        b = int(nearest[a])  # … and its first column: a < b, the matrix being symmetric
        size_a, size_b = sizes[a], sizes[b]
        merged = ((size_a + sizes) * distance[a] + (size_b + sizes) * distance[b] - sizes * distance[a, b]) / (
            size_a + size_b + sizes
        )
        distance[a, :] = merged
        distance[:, a] = merged
        distance[a, a] = np.inf
        sizes[a] += size_b
        distance[b, :] = np.inf
        distance[:, b] = np.inf
        labels[labels == b] = a
        # rows whose nearest was a or b may now be farther from everything: look again
        stale = np.flatnonzero((nearest == a) | (nearest == b))
        closer = (merged < least) | ((merged == least) & (a < nearest))
        closer[stale] = False
        nearest[closer] = a
        least[closer] = merged[closer]
        stale = np.unique(np.concatenate([stale, [a, b]]))  # (np.union1d imports numpy.ma: 20 ms)
        nearest[stale] = np.argmin(distance[stale], axis=1)
        least[stale] = distance[stale, nearest[stale]]
    _, dense = np.unique(labels, return_inverse=True)
    result: np.ndarray = dense
    return result
