"""Sparse rows of term weights (CSR), so memory grows with the words an article holds.

A dense sentences × vocabulary matrix of a 10,000-paragraph report is 25,000 × 60,000 floats
(12 GB); these rows hold only the non-zero weights (a few hundred thousand). Written on numpy
rather than imported from scipy.sparse: the engine needs five operations, and scipy adds
~0.2 s to every cold start. Every operation is one or a few vectorized passes over the
non-zeros, never over the vocabulary times the rows.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

# Gram matrices: a column met in more than 1/12 of the rows (and more than 48) is multiplied
# densely (BLAS: 2n² flops a column, cheap per flop), the others pair by pair (d² pairs for a
# column in d rows, ~100× dearer per pair); at most this many pairs are materialized at once
_DENSE_COLUMN_ROWS = 48
_DENSE_COLUMN_SHARE = 12
_PAIRS_PER_PASS = 1 << 20
_DENSE_BLOCK = 1 << 22  # floats in one dense block of heavy columns (32 MB)


class SparseRows:
    """Rows of a matrix in compressed sparse row form: row i holds `indices[indptr[i]:indptr[i+1]]`
    (column numbers, increasing) with the values `data[...]` at the same places."""

    __slots__ = ("_row_of", "_similar", "columns", "data", "indices", "indptr")

    def __init__(
        self, indptr: np.ndarray, indices: np.ndarray, data: np.ndarray, columns: int, row_of: np.ndarray | None = None
    ) -> None:
        """`row_of`: the row of every value, where the maker has it at hand (else found when asked)."""
        self.indptr = indptr
        self.indices = indices
        self.data = data
        self.columns = columns
        self._row_of = row_of
        self._similar: dict[int, np.ndarray] = {}

    @classmethod
    def from_counts(cls, rows: Sequence[dict[int, float]], columns: int) -> SparseRows:
        """Rows from {column: value} maps (columns in any order)."""
        indptr = np.zeros(len(rows) + 1, dtype=np.int64)
        indices: list[int] = []
        data: list[float] = []
        for i, row in enumerate(rows):
            for column in sorted(row):
                indices.append(column)
                data.append(row[column])
            indptr[i + 1] = len(indices)
        return cls(indptr, np.array(indices, dtype=np.int64), np.array(data, dtype=np.float64), columns)

    @classmethod
    def from_dense(cls, matrix: np.ndarray) -> SparseRows:
        """The nonzero entries of a dense matrix (the digest's few rows), row by row."""
        rows, columns = np.nonzero(matrix)  # row-major: columns increase within a row
        indptr = np.zeros(len(matrix) + 1, dtype=np.int64)
        np.cumsum(np.bincount(rows, minlength=len(matrix)), out=indptr[1:])
        return cls(indptr, columns.astype(np.int64), matrix[rows, columns].astype(np.float64), matrix.shape[1])

    def __len__(self) -> int:
        return len(self.indptr) - 1

    @property
    def nnz(self) -> int:
        return len(self.data)

    @property
    def row_of(self) -> np.ndarray:
        """The row number of every stored value."""
        if self._row_of is None:
            self._row_of = np.repeat(np.arange(len(self), dtype=np.int64), np.diff(self.indptr))
        return self._row_of

    def dot(self, vector: np.ndarray) -> np.ndarray:
        """Each row · a dense vector of `columns` values."""
        if not self.nnz:
            return np.zeros(len(self))
        result: np.ndarray = np.bincount(self.row_of, weights=self.data * vector[self.indices], minlength=len(self))
        return result

    def similarities(self, i: int) -> np.ndarray:
        """Every row · row i, remembered: a brief's MMR passes and its citations ask for the rows
        of the same chosen sentences again (the same numbers as a `dot` over any of the rows)."""
        found = self._similar.get(i)
        if found is None:
            found = self._similar[i] = self.dot(self.row(i))
        return found

    def row(self, i: int) -> np.ndarray:
        """Row i as a dense vector."""
        dense = np.zeros(self.columns)
        low, high = self.indptr[i], self.indptr[i + 1]
        dense[self.indices[low:high]] = self.data[low:high]
        return dense

    def sum_rows(self, which: np.ndarray | None = None) -> np.ndarray:
        """The sum of the rows (all, or those where the boolean mask `which` is true), dense."""
        if which is None:
            data, indices = self.data, self.indices
        else:
            keep = which[self.row_of]
            data, indices = self.data[keep], self.indices[keep]
        result: np.ndarray = np.bincount(indices, weights=data, minlength=self.columns)
        return result

    def sum_range(self, start: int, end: int) -> np.ndarray:
        """The sum of rows start..end-1, dense: their values are one run of the stored values, added
        in the order `sum_rows` and `group_sums` add them (the same floats, no mask or sort)."""
        low, high = self.indptr[min(start, len(self))], self.indptr[min(end, len(self))]
        result: np.ndarray = np.bincount(self.indices[low:high], weights=self.data[low:high], minlength=self.columns)
        return result

    def take(self, rows: Sequence[int] | np.ndarray) -> SparseRows:
        """The rows at these positions, in this order."""
        picked = np.asarray(rows, dtype=np.int64)
        starts, ends = self.indptr[picked], self.indptr[picked + 1]
        sizes = ends - starts
        indptr = np.zeros(len(picked) + 1, dtype=np.int64)
        np.cumsum(sizes, out=indptr[1:])
        gather = np.repeat(starts - indptr[:-1], sizes) + np.arange(indptr[-1], dtype=np.int64)
        return SparseRows(indptr, self.indices[gather], self.data[gather], self.columns)

    def normalized(self) -> SparseRows:
        """Each row divided by its L2 norm (zero rows stay zero)."""
        row_of = self.row_of
        norms = np.sqrt(np.bincount(row_of, weights=self.data**2, minlength=len(self)))
        norms[norms == 0] = 1.0
        # the same rows: every `dot` on the result reads them
        return SparseRows(self.indptr, self.indices, self.data / norms[row_of], self.columns, row_of)

    def group_sums(self, groups: np.ndarray, count: int) -> SparseRows:
        """Row g of the result is the sum of the rows labelled g (labels 0..count-1)."""
        keys = groups[self.row_of] * self.columns + self.indices
        # np.unique(keys, return_inverse=True) without its checks and reshapes (a third of the
        # time on a short article): the same sorted keys and the same bin of each value, so
        # bincount adds the same values in the same order
        order = np.argsort(keys)
        ordered = keys[order]
        first = np.empty(len(ordered), dtype=bool)
        first[:1] = True
        np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
        unique = ordered[first]
        inverse = np.empty(len(keys), dtype=np.int64)
        inverse[order] = np.cumsum(first) - 1
        values = np.bincount(inverse, weights=self.data, minlength=len(unique))
        row, column = np.divmod(unique, self.columns)
        indptr = np.zeros(count + 1, dtype=np.int64)
        np.cumsum(np.bincount(row, minlength=count), out=indptr[1:])
        # the keys are sorted: their rows are the rows of the values in turn
        return SparseRows(indptr, column, values, self.columns, row)

    def gram(self) -> np.ndarray:
        """Rows × rows dot products (dense, len × len): the pairs of rows that share a column,
        column by column; columns shared by many rows go through one dense product instead."""
        count = len(self)
        result = np.zeros((count, count))
        if not self.nnz:
            return result
        order = np.argsort(self.indices, kind="stable")
        columns, rows, values = self.indices[order], self.row_of[order], self.data[order]
        starts = np.flatnonzero(np.r_[True, columns[1:] != columns[:-1]])
        sizes = np.diff(np.r_[starts, len(columns)])
        heavy = sizes > max(_DENSE_COLUMN_ROWS, count // _DENSE_COLUMN_SHARE)
        self._gram_dense(result, starts[heavy], sizes[heavy], rows, values)
        self._gram_pairs(result, starts[~heavy], sizes[~heavy], rows, values)
        return result

    @staticmethod
    def _gram_dense(
        result: np.ndarray, starts: np.ndarray, sizes: np.ndarray, rows: np.ndarray, values: np.ndarray
    ) -> None:
        count = len(result)
        per_block = max(1, _DENSE_BLOCK // max(count, 1))
        for first in range(0, len(starts), per_block):
            block_starts, block_sizes = starts[first : first + per_block], sizes[first : first + per_block]
            dense = np.zeros((count, len(block_starts)))
            at = np.repeat(block_starts, block_sizes) + _ranges(block_sizes)
            dense[rows[at], np.repeat(np.arange(len(block_starts)), block_sizes)] = values[at]
            result += dense @ dense.T

    @staticmethod
    def _gram_pairs(
        result: np.ndarray, starts: np.ndarray, sizes: np.ndarray, rows: np.ndarray, values: np.ndarray
    ) -> None:
        count = len(result)
        flat = result.reshape(-1)
        pairs = sizes * sizes
        first = 0
        while first < len(starts):
            last = first + max(1, int(np.searchsorted(np.cumsum(pairs[first:]), _PAIRS_PER_PASS, side="right")))
            group_starts, group_sizes = starts[first:last], sizes[first:last]
            members = np.repeat(group_starts, group_sizes) + _ranges(group_sizes)  # every value of these columns
            partners = np.repeat(group_sizes, group_sizes)  # how many values share its column
            left = np.repeat(members, partners)
            right = np.repeat(np.repeat(group_starts, group_sizes), partners) + _ranges(partners)
            flat += np.bincount(
                rows[left] * count + rows[right], weights=values[left] * values[right], minlength=count * count
            )
            first = last


def _ranges(sizes: np.ndarray) -> np.ndarray:
    """0..s-1 for each s in `sizes`, concatenated."""
    total = int(sizes.sum())
    if not total:
        return np.zeros(0, dtype=np.int64)
    offsets = np.repeat(np.cumsum(sizes) - sizes, sizes)
    result: np.ndarray = np.arange(total, dtype=np.int64) - offsets
    return result
