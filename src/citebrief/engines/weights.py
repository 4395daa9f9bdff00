"""Term weights and vectors shared by the extractive engine, the baselines and evaluation."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from itertools import chain, repeat
from itertools import count as counter

import numpy as np

from citebrief.engines.sparse import SparseRows
from citebrief.model import Lang


class TermSpace:
    """A vocabulary with IDF weights, turning term lists into L2-normalized TF-IDF rows.

    IDF from the article's own units (smoothed) says what distinguishes one paragraph from
    another; for Chinese it is multiplied by the background table's IDF, because a word common
    in all Chinese text ("发展", "工作") is not a theme of this article even where it is uneven.
    """

    def __init__(self, units: Sequence[Sequence[str]], lang: Lang) -> None:
        numbering: defaultdict[str, int] = defaultdict(counter().__next__)  # a new word: the next number
        # every occurrence numbered in one pass over all units (a defaultdict's item look-up adds a
        # new word): no Python loop per unit or per term
        sizes = list(map(len, units))
        # read straight into an array (no list of Python ints between): the numbers are given in
        # the order fromiter reads the words, as the list took them
        ids = np.fromiter(map(numbering.__getitem__, chain.from_iterable(units)), dtype=np.int64, count=sum(sizes))
        vocabulary = self.vocabulary = dict(numbering)
        words = list(vocabulary)
        self._units = units  # `sparse` of these same units reuses their column numbers
        self._ids = ids  # ... and `sparse_runs` of runs of their terms
        self._keys = _keys(ids, sizes, len(words))
        # each (unit, word) pair once with its count: the document frequencies here, and the rows
        # of these same units in `sparse` (one sort of the keys for both)
        self._counted = _counted(self._keys)
        df = np.bincount(self._counted[0] % max(len(words), 1), minlength=len(words)).tolist()
        count = max(len(units), 1)
        idf_of = {d: math.log((1 + count) / (1 + d)) + 1.0 for d in set(df)}
        self.idf = np.array(list(map(idf_of.__getitem__, df)), dtype=np.float64)
        self.background = np.ones(len(words))
        if lang == "zh" and words:
            from citebrief.text.idf import background_idf

            self.background = background_idf().lookup(words).astype(np.float64)
            self.idf *= self.background

    def sparse(self, units: Sequence[Sequence[str]]) -> SparseRows:
        """The rows of `matrix`, stored sparse: memory grows with the words, not words × vocabulary."""
        columns = len(self.vocabulary)
        if units is self._units or units == self._units:
            unique, counts = self._counted
        else:
            sizes = list(map(len, units))
            try:  # every word in the vocabulary (a paragraph's are its sentences' words, nearly always)
                ids = np.fromiter(
                    map(self.vocabulary.__getitem__, chain.from_iterable(units)), dtype=np.int64, count=sum(sizes)
                )
                unique, counts = _counted(_keys(ids, sizes, columns))
            except KeyError:  # words outside the vocabulary numbered -1, then left out
                ids = np.fromiter(map(self.vocabulary.get, chain.from_iterable(units), repeat(-1)), dtype=np.int64)
                unique, counts = _counted(_keys(ids, sizes, columns)[ids >= 0])
        return self._rows(unique, counts, len(units))

    def sparse_runs(self, starts: Sequence[int], ends: Sequence[int]) -> SparseRows:
        """`sparse` of units that are runs of the terms this space was made of (its units' terms
        one after another: unit k is terms starts[k] to ends[k] - 1 of them), the terms' column
        numbers read off that making, not looked up again: a paragraph's terms are its
        sentences' (`scoring`), ~1,500 look-ups a policy brief."""
        sizes = np.subtract(ends, starts, dtype=np.int64)
        low = np.asarray(starts, dtype=np.int64)
        offsets = np.zeros(len(sizes) + 1, dtype=np.int64)
        np.cumsum(sizes, out=offsets[1:])
        # each run's positions in turn: run k's first term at low[k], the next ones after it
        gather = np.repeat(low - offsets[:-1], sizes) + np.arange(offsets[-1], dtype=np.int64)
        unique, counts = _counted(_keys(self._ids[gather], sizes, len(self.vocabulary)))
        return self._rows(unique, counts, len(sizes))

    def _rows(self, unique: np.ndarray, counts: np.ndarray, units: int) -> SparseRows:
        """The sparse rows of (row × columns + column) keys, sorted, with how often each occurs."""
        columns = len(self.vocabulary)
        rows, column = np.divmod(unique, max(columns, 1))
        indptr = np.zeros(units + 1, dtype=np.int64)
        np.cumsum(np.bincount(rows, minlength=units), out=indptr[1:])
        values = (1.0 + np.log(counts)) * self.idf[column]
        # the keys are sorted by row: `rows` are the rows of the values in turn, not found again
        return SparseRows(indptr, column, values, columns, rows).normalized()

    def matrix(self, units: Sequence[Sequence[str]]) -> np.ndarray:
        """Rows of sublinear TF × IDF, L2-normalized (zero rows stay zero): dense, for the
        few-dozen-row uses (a digest's bullets, the TextRank baseline); the engine uses `sparse`."""
        rows = np.zeros((len(units), len(self.vocabulary)), dtype=np.float64)
        row_index: list[int] = []
        column_index: list[int] = []
        for i, terms in enumerate(units):
            for term in terms:
                j = self.vocabulary.get(term)
                if j is not None:
                    row_index.append(i)
                    column_index.append(j)
        np.add.at(rows, (np.array(row_index, dtype=int), np.array(column_index, dtype=int)), 1.0)
        nonzero = rows > 0
        rows[nonzero] = 1.0 + np.log(rows[nonzero])
        return normalize_rows(rows * self.idf)


class TermValues(Mapping[str, float]):
    """One value per word of a `TermSpace` (its IDF, its background IDF), by word, read where
    asked: a title looks up a few dozen words, and a dict of the whole vocabulary cost more to
    build than all its look-ups (the same floats: numpy's values as Python floats)."""

    __slots__ = ("_values", "_vocabulary")

    def __init__(self, vocabulary: dict[str, int], values: np.ndarray) -> None:
        self._vocabulary = vocabulary
        self._values = values

    def __getitem__(self, word: str) -> float:
        return float(self._values[self._vocabulary[word]])

    def __iter__(self) -> Iterator[str]:
        return iter(self._vocabulary)

    def __len__(self) -> int:
        return len(self._vocabulary)


def normalize_rows(rows: np.ndarray) -> np.ndarray:
    # the sum of squares np.linalg.norm takes along axis 1 (the same numbers), without its checks
    rows = _floats(rows)
    norms = np.sqrt(np.add.reduce(rows * rows, axis=1, keepdims=True))
    norms[norms == 0] = 1.0
    result: np.ndarray = rows / norms
    return result


def unit_vector(vector: np.ndarray) -> np.ndarray:
    """One vector scaled to length 1 (a zero vector stays zero), exactly as normalize_rows would
    (the same sum and division; a third of the time of a one-row matrix: it runs per theme)."""
    vector = _floats(vector)
    norm = np.sqrt(np.add.reduce(vector * vector))
    result: np.ndarray = vector / (norm if norm != 0 else 1.0)
    return result


def _floats(values: np.ndarray) -> np.ndarray:
    """Integers as floats (as np.linalg.norm takes them); floats as they are."""
    return values if values.dtype.kind == "f" else values.astype(float)


def _keys(ids: np.ndarray, sizes: list[int] | np.ndarray, columns: int) -> np.ndarray:
    """row × columns + column for every term occurrence (`ids`: the column numbers of all rows
    in turn, `sizes[i]` of them in row i)."""
    rows = np.repeat(np.arange(len(sizes), dtype=np.int64), sizes)
    result: np.ndarray = rows * columns + ids
    return result


def _counted(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values, sorted, and how often each occurs: np.unique(return_counts=True)
    without its checks (one of which imports numpy.ma, 20 ms of a cold start)."""
    ordered = np.sort(values)
    if not len(ordered):
        return ordered, np.zeros(0, dtype=np.int64)
    first = np.empty(len(ordered), dtype=bool)
    first[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    ends = np.empty_like(starts)
    ends[:-1] = starts[1:]
    ends[-1] = len(ordered)
    return ordered[starts], ends - starts
