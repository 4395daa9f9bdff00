"""Near-duplicate articles: MinHash signatures over character shingles, matched with LSH.

The same wire story runs on five sites with different navigation, bylines and a sentence cut
or added; its document ids differ (they hash the text), but it should be briefed once. Each
document gets a MinHash of its 5-character shingles (letters and digits only, so spacing and
punctuation do not count), and datasketch's LSH finds the stored documents likely to be
similar; a candidate whose estimated Jaccard similarity reaches the threshold is the original
the new document is linked to. Character shingles need no word segmenter, so Chinese and
English are treated alike.

Signatures are seeded, hashed with CRC-32 (in C: datasketch's SHA-1 default costs more than
briefing a short article) and permuted by datasketch's "affine32" scheme
(named, not defaulted, so a library upgrade cannot change it under stored signatures): the same
in every process and on every Ray node, stored as 128 little-endian uint32 values.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from datasketch import MinHashLSH  # type: ignore[import-untyped]

    from citebrief.model import Document

SHINGLE = 5
NUM_PERM = 128
SEED = 1
SCHEME = "affine32"
_DTYPE = "<u4"
THRESHOLD = 0.7  # estimated Jaccard similarity of the shingle sets
MIN_CHARS = 100  # shorter texts are never linked: a flash and a template look alike


_NOT_WORD = re.compile(r"[\W_]+")


def normalize(text: str) -> str:
    """Letters and digits only, NFKC and lower case: what two copies of a story share."""
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text).lower())


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """The set of `size`-character windows of the normalized text, as UTF-8 bytes."""
    plain = normalize(text)
    if len(plain) <= size:
        return {plain.encode("utf-8")} if plain else set()
    return {plain[i : i + size].encode("utf-8") for i in range(len(plain) - size + 1)}


def signature(text: str) -> bytes | None:
    """The MinHash of a text as bytes, or None when it is too short to compare."""
    if len(normalize(text)) < MIN_CHARS:
        return None
    from datasketch import MinHash

    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=zlib.crc32)
    minhash.update_batch(sorted(shingles(text)))
    values: np.ndarray = minhash.hashvalues
    return values.astype(_DTYPE).tobytes()


def document_signature(document: Document) -> bytes | None:
    return signature(document.text)


def _values(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=_DTYPE)


def _lean(blob: bytes) -> Any:
    from datasketch import LeanMinHash

    return LeanMinHash(seed=SEED, hashvalues=_values(blob), scheme=SCHEME)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures: the share of equal hash values."""
    return float(np.mean(_values(a) == _values(b)))


class NearDuplicates:
    """An LSH index of the originals seen so far; a new document is checked, then added.

    Only originals are indexed: a near-duplicate is linked to its original, never to another
    copy, so the links form stars and never chains.
    """

    def __init__(self, threshold: float = THRESHOLD, originals: Iterable[tuple[str, bytes]] = ()) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        # LSH only proposes candidates, each then checked against `threshold`: proposing from a
        # little below it misses fewer copies (and LSH needs two bands, so at most 0.9)
        lsh_threshold = max(0.1, min(0.9, threshold - 0.1))
        self._lsh: MinHashLSH = MinHashLSH(threshold=lsh_threshold, num_perm=NUM_PERM)
        self._signatures: dict[str, bytes] = {}
        for document_id, blob in originals:
            self.add(document_id, blob)

    def __len__(self) -> int:
        return len(self._signatures)

    def add(self, document_id: str, blob: bytes) -> None:
        if document_id in self._signatures:
            return
        self._lsh.insert(document_id, _lean(blob))
        self._signatures[document_id] = blob

    def original_of(self, document_id: str, blob: bytes) -> tuple[str, float] | None:
        """The indexed document this one nearly duplicates, with their similarity, or None.

        The most similar candidate wins; ties go to the smaller id, so the answer does not
        depend on the order of the LSH buckets.
        """
        if document_id in self._signatures:
            return None  # the document is an original itself
        query = _lean(blob)
        scored = ((similarity(blob, self._signatures[candidate]), candidate) for candidate in self._lsh.query(query))
        matches = sorted((-score, candidate) for score, candidate in scored if score >= self.threshold)
        return (matches[0][1], -matches[0][0]) if matches else None
