"""Average-linkage grouping over a similarity matrix: the digest's way of joining articles.

A group joins another only if their members are close on average, so one shared word cannot
chain unrelated stories as single linkage (or Ward's method forced to a number of groups) would.
"""

from __future__ import annotations

import numpy as np

ALONE = -1  # the label of an article that shares its topic with no other


def average_linkage(similar: np.ndarray, *, threshold: float | None = None, groups: int | None = None) -> np.ndarray:
    """Labels by average-linkage merging of the most similar pair of groups, while their mean
    similarity is at least `threshold` (or until `groups` are left). With a threshold, an
    article left alone is labelled ALONE; the others 0, 1, … in order of first article."""
    count = len(similar)
    members: list[list[int]] = [[i] for i in range(count)]
    if threshold is not None:  # groups form only inside the parts linked by a pair above it
        for part in _linked_parts(similar, threshold):
            if len(part) > 1:
                for found in _merge(similar[np.ix_(part, part)], threshold, 1):
                    for k in found:
                        members[part[k]] = []
                    members[part[found[0]]] = [part[k] for k in found]
    else:
        members = _merge(similar, None, max(groups or 1, 1))
    labels = np.full(count, ALONE, dtype=int)
    number = 0
    for group in sorted((sorted(g) for g in members if g), key=lambda g: g[0]):
        if threshold is not None and len(group) == 1:
            continue
        labels[group] = number
        number += 1
    return labels


def _merge(similar: np.ndarray, threshold: float | None, groups: int) -> list[list[int]]:
    """Average linkage over one similarity matrix: the groups left, as lists of rows."""
    count = len(similar)
    members: list[list[int]] = [[i] for i in range(count)]
    link = similar.astype(np.float64, copy=True)
    np.fill_diagonal(link, -np.inf)
    left = count
    while left > groups:
        a, b = divmod(int(np.argmax(link)), count)
        if threshold is not None and link[a, b] < threshold:
            break
        a, b = min(a, b), max(a, b)
        size_a, size_b = len(members[a]), len(members[b])
        merged = (link[a] * size_a + link[b] * size_b) / (size_a + size_b)
        link[a], link[:, a] = merged, merged
        link[b], link[:, b] = -np.inf, -np.inf
        link[a, a] = -np.inf
        members[a] += members[b]
        members[b] = []
        left -= 1
    return [m for m in members if m]


def _linked_parts(similar: np.ndarray, threshold: float) -> list[list[int]]:
    """The connected parts of the graph of pairs at least `threshold` alike."""
    parent = list(range(len(similar)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    rows, columns = np.nonzero(np.triu(similar >= threshold, 1))
    for i, j in zip(rows.tolist(), columns.tolist(), strict=True):
        parent[root(i)] = root(j)
    parts: dict[int, list[int]] = {}
    for i in range(len(similar)):
        parts.setdefault(root(i), []).append(i)
    return list(parts.values())
