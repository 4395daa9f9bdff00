"""Background inverse document frequencies for Chinese.

A single article is too small to tell common words from distinctive ones: "发展" appears in
every paragraph of a policy text and in every other Chinese article too. jieba ships an IDF
table computed over a large corpus (270,000 words). Parsing its text takes ~0.6 s, and even a
numpy copy of the words is 17 MB to load, so the user cache keeps it compact: a 64-bit hash of
each word (blake2b; the table's words have no two alike, checked when the cache is written)
beside its IDF, sorted by hash, 3.2 MB read in a few milliseconds. A word is looked up by its
hash (binary search) and remembered for the rest of the process.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from functools import cache
from pathlib import Path

import numpy as np

_CACHE_VERSION = "3"
_MAGIC = b"CBIDF3\0\0"
_MEMO_MAX = 200_000


def word_hash(word: str) -> int:
    """The 64-bit hash a word is filed under."""
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


class BackgroundIdf:
    """IDF lookups against the table's sorted word hashes."""

    def __init__(self, hashes: np.ndarray, values: np.ndarray, median: float) -> None:
        self._hashes = hashes
        self._values = values
        self.median = median
        self._memo: dict[str, float] = {}

    def lookup(self, words: list[str]) -> np.ndarray:
        """IDF per word; words the table does not know get the median (as jieba does)."""
        if not words:
            return np.zeros(0)
        memo = self._memo
        try:  # every word met before (nearly always, warm): read straight into the array
            return np.fromiter(map(memo.__getitem__, words), dtype=np.float64, count=len(words))
        except KeyError:
            pass
        known = list(map(memo.get, words))  # most words of an article were met before
        if None in known:
            new = list(dict.fromkeys(w for w, value in zip(words, known, strict=True) if value is None))
            query = np.fromiter((word_hash(w) for w in new), dtype=np.uint64, count=len(new))
            pos = np.clip(np.searchsorted(self._hashes, query), 0, max(len(self._hashes) - 1, 0))
            hit = self._hashes[pos] == query if len(self._hashes) else np.zeros(len(new), dtype=bool)
            values = np.where(hit, self._values[pos] if len(self._values) else 0.0, self.median)
            found = dict(zip(new, values.tolist(), strict=True))
            if len(memo) < _MEMO_MAX:  # only ever added to: threads share it without a lock
                memo.update(found)
            known = [found[w] if value is None else value for w, value in zip(words, known, strict=True)]
        return np.array(known, dtype=np.float64)


def _source_table() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:  # pragma: no cover - jieba is a dependency
        raise RuntimeError("jieba is not installed; its IDF table is needed for Chinese")
    return Path(spec.origin).parent / "analyse" / "idf.txt"


def _parse(path: Path) -> tuple[np.ndarray, np.ndarray, float]:
    """(hashes, values) sorted by hash, and the median value; of two words with one hash (none in
    jieba's table) the first in sorted order keeps it."""
    table: dict[str, float] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            word, _, value = line.rstrip("\n").rpartition(" ")
            if word:
                table[word] = float(value)
    by_hash: dict[int, float] = {}
    for word in sorted(table):
        by_hash.setdefault(word_hash(word), table[word])
    hashes = np.array(sorted(by_hash), dtype=np.uint64)
    values = np.array([by_hash[h] for h in hashes.tolist()], dtype=np.float32)
    median = float(np.median(values)) if len(values) else 1.0  # kept in the cache: np.median imports numpy.ma
    return hashes, values, median


def _read(path: Path) -> tuple[np.ndarray, np.ndarray, float]:
    with path.open("rb") as data:
        if data.read(len(_MAGIC)) != _MAGIC:
            raise ValueError("not an IDF cache")
        count = int(np.fromfile(data, dtype="<u8", count=1)[0])
        median = float(np.fromfile(data, dtype="<f8", count=1)[0])
        hashes = np.fromfile(data, dtype="<u8", count=count).astype(np.uint64)
        values = np.fromfile(data, dtype="<f4", count=count).astype(np.float32)
    if len(hashes) != count or len(values) != count:
        raise ValueError("a truncated IDF cache")
    return hashes, values, median


def _write(path: Path, hashes: np.ndarray, values: np.ndarray, median: float) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")  # a concurrent writer has its own
    with tmp.open("wb") as data:
        data.write(_MAGIC)
        np.array([len(hashes)], dtype="<u8").tofile(data)
        np.array([median], dtype="<f8").tofile(data)
        hashes.astype("<u8").tofile(data)
        values.astype("<f4").tofile(data)
    tmp.replace(path)
    from citebrief.user_cache import prune  # imported on a write only

    prune(path, "idf-*.bin")  # the tables of jieba's earlier installs


@cache
def background_idf() -> BackgroundIdf:
    """The table, from the user cache when it is there and current."""
    from platformdirs import user_cache_path

    source = _source_table()
    stamp = f"{_CACHE_VERSION}-{source.stat().st_size}-{int(source.stat().st_mtime)}"
    cached = user_cache_path("citebrief") / f"idf-{stamp}.bin"
    try:
        return BackgroundIdf(*_read(cached))
    except (OSError, ValueError):
        pass
    hashes, values, median = _parse(source)
    with contextlib.suppress(OSError):  # a read-only cache only costs the parse next time
        _write(cached, hashes, values, median)
    return BackgroundIdf(hashes, values, median)
