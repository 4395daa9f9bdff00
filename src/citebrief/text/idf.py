"""Background inverse document frequencies for Chinese.

A single article is too small to tell common words from distinctive ones: "发展" appears in
every paragraph of a policy text and in every other Chinese article too. jieba ships an IDF
table computed over a large corpus; we read it once, keep it as two sorted numpy arrays in the
user cache (parsing the 270k-line text takes ~0.5 s, loading the arrays a few ms), and look
words up with a binary search.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np

_CACHE_VERSION = "1"


class BackgroundIdf:
    """IDF lookups against a sorted vocabulary."""

    def __init__(self, words: np.ndarray, values: np.ndarray) -> None:
        self._words = words
        self._values = values
        self.median = float(np.median(values)) if len(values) else 1.0

    def lookup(self, words: list[str]) -> np.ndarray:
        """IDF per word; words the table does not know get the median (as jieba does)."""
        if not words:
            return np.zeros(0)
        query = np.array(words)
        pos = np.searchsorted(self._words, query)
        pos = np.clip(pos, 0, len(self._words) - 1)
        found = self._words[pos] == query
        return np.where(found, self._values[pos], self.median)


def _source_table() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:  # pragma: no cover - jieba is a dependency
        raise RuntimeError("jieba is not installed; its IDF table is needed for Chinese")
    return Path(spec.origin).parent / "analyse" / "idf.txt"


def _parse(path: Path) -> tuple[np.ndarray, np.ndarray]:
    table: dict[str, float] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            word, _, value = line.rstrip("\n").rpartition(" ")
            if word:
                table[word] = float(value)
    words = np.array(sorted(table))
    values = np.array([table[w] for w in words.tolist()], dtype=np.float32)
    return words, values


@cache
def background_idf() -> BackgroundIdf:
    """The table, from the user cache when it is there and current."""
    from platformdirs import user_cache_path

    source = _source_table()
    stamp = f"{_CACHE_VERSION}-{source.stat().st_size}-{int(source.stat().st_mtime)}"
    cached = user_cache_path("citebrief") / f"idf-{stamp}.npz"
    try:
        with np.load(cached, allow_pickle=False) as data:
            return BackgroundIdf(data["words"], data["values"])
    except (OSError, KeyError, ValueError):
        pass
    words, values = _parse(source)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(".tmp.npz")
        np.savez(tmp, words=words, values=values)
        tmp.replace(cached)
    except OSError:
        pass  # a read-only cache only costs the parse next time
    return BackgroundIdf(words, values)
