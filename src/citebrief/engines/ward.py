"""Agglomerative clustering with Ward's criterion on unit vectors, in O(n²) time and memory.

Ward keeps themes of comparable size where average linkage lets one cluster swallow a policy
text and leaves six one-heading "themes". Written here rather than imported: scipy.cluster /
scikit-learn add 0.6-1.5 s of import time to every cold start. Distances are updated by the
Lance-Williams formula. Past a few hundred rows each row's nearest neighbour is kept, so finding
the closest pair is a pass over n minima, not over the n² matrix (which made the whole O(n³)).
Ties go to the lowest indices (row first, then column), exactly as a scan of the full matrix
would, so the result is deterministic and the same either way.
"""

from __future__ import annotations

import numpy as np

from citebrief.engines.sparse import SparseRows

# up to this many rows a scan of the whole matrix per merge costs less than keeping nearest
# neighbours (fewer numpy calls); past it the scan's O(n³) takes over. Both merge the same pairs.
_SCAN_ROWS = 160

# the share of a row's (unit) vector that is its place in the text, where Ward clusters by topic
# and place (`list_topics`, `en_topic_groups`): two neighbours are as alike as two rows that share
# a fifth of their words, the text's two ends as unlike as can be
PLACE_SHARE = 0.2


def half_circle(count: int) -> np.ndarray:
    """The places of `count` rows in order as unit points on a half circle, the k-th at angle
    k·π/count (one row a column pair): appended to the rows, neighbours come out near and the
    two ends opposite."""
    angle = np.arange(count) * np.pi / count
    return np.stack([np.cos(angle), np.sin(angle)], axis=1)


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
    if count <= _SCAN_ROWS:
        _merge_scanning(distance, sizes, labels, count - k)
    else:
        _merge_nearest(distance, sizes, labels, count - k)
    _, dense = np.unique(labels, return_inverse=True)
    result: np.ndarray = dense
    return result


def _merge(distance: np.ndarray, sizes: np.ndarray, labels: np.ndarray, a: int, b: int) -> np.ndarray:
    """Merge cluster b into a (a < b) by the Lance-Williams update; the new distances to a."""
    size_a, size_b = sizes[a], sizes[b]
    merged: np.ndarray = ((size_a + sizes) * distance[a] + (size_b + sizes) * distance[b] - sizes * distance[a, b]) / (
        size_a + size_b + sizes
    )
    distance[a, :] = merged
    distance[:, a] = merged
    distance[a, a] = np.inf
    sizes[a] += size_b
    distance[b, :] = np.inf
    distance[:, b] = np.inf
    labels[labels == b] = a
    return merged


def _merge_scanning(distance: np.ndarray, sizes: np.ndarray, labels: np.ndarray, merges: int) -> None:
    count = len(distance)
    for _ in range(merges):
        a, b = divmod(int(np.argmin(distance)), count)  # merged-away rows and columns hold inf
        _merge(distance, sizes, labels, min(a, b), max(a, b))


def _merge_nearest(distance: np.ndarray, sizes: np.ndarray, labels: np.ndarray, merges: int) -> None:
    count = len(distance)
    nearest = np.argmin(distance, axis=1)  # the first column holding each row's minimum
    least = distance[np.arange(count), nearest]
    for _ in range(merges):
        a = int(np.argmin(least))  # the first row holding the overall minimum …
        b = int(nearest[a])  # … and its first column: a < b, the matrix being symmetric
        merged = _merge(distance, sizes, labels, a, b)
        # rows whose nearest was a or b may now be farther from everything: look again
        stale = np.flatnonzero((nearest == a) | (nearest == b))
        closer = (merged < least) | ((merged == least) & (a < nearest))
        closer[stale] = False
        nearest[closer] = a
        least[closer] = merged[closer]
        stale = np.concatenate([stale, [a, b]])  # a row met twice is looked at twice, no harm
        nearest[stale] = np.argmin(distance[stale], axis=1)
        least[stale] = distance[stale, nearest[stale]]
