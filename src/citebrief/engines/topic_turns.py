"""Runs that hold two topics: a cut where a Chinese article turns to a new subject in words.

Cohesion valleys miss a turn where the run is short or its words are few ("此外，在比赛之外，
将开设……讲堂"): the run then joins two subjects whose bullets share no word, and no title can
name the group. A sentence that opens with a turn in words ("此外，", "与此同时，") where the
words of the run before it and after it barely overlap starts a run of its own.
"""

from __future__ import annotations

import numpy as np

from citebrief.engines.sparse import SparseRows
from citebrief.text.lazy_re import LazyPattern

# words a writer opens a new subject with, before a comma
# not where the next words point back ("此外，这种……") or add to what was said ("此外，还有数块
# ……楹联", the hall's couplets after the hall; "另外，也……")
_TURN = LazyPattern(r"\s*(?:此外|与此同时|另外|除此之外|另一方面|另据)[，,](?![这该此其他她它还也])")
MIN_SIDE_SENTENCES = 2  # sentences each side of a turn keeps, so that both are groups
MIN_SIDE_SPARE = 2  # sentences each side keeps for its bullets
MAX_TURN_COHESION = 0.2  # cosine of the words before and after a turn that says the subject changed


def opens_turn(text: str) -> bool:
    """Whether a sentence opens with a turn to a new subject ("此外，……"; not "此外，还有……",
    which adds to the subject before it)."""
    return _TURN.match(text) is not None


def _cohesion(vectors: SparseRows, before: list[int], after: list[int]) -> float:
    """The cosine of the summed words of the two sides of a turn."""
    rows = np.arange(len(vectors))
    left = vectors.sum_rows(np.isin(rows, before))
    right = vectors.sum_rows(np.isin(rows, after))
    norm = float(np.linalg.norm(left) * np.linalg.norm(right))
    return float(left @ right) / norm if norm else 0.0


def cut_at_turns(
    labels: np.ndarray,
    vectors: SparseRows,
    sentences: list[tuple[str, int]],
    spare: np.ndarray,
    wanted: int,
) -> np.ndarray:
    """`labels` (a run per sentence, increasing) with a run cut before each sentence that opens
    with a turn in words where the run's words on the two sides share less than MAX_TURN_COHESION,
    while the runs are fewer than `wanted` (the brief's limit, not the length's: the turn is the
    writer's) and each side keeps MIN_SIDE_SENTENCES sentences and MIN_SIDE_SPARE `spare` ones.
    Unchanged where no run turns so (zh-news: 8 briefs in 200 change)."""
    result = labels.copy()
    count = len(sentences)
    for i in range(1, count):
        if int(result.max()) + 1 >= wanted or result[i] < 0:
            break
        if not opens_turn(sentences[i][0]) or result[i - 1] != result[i]:
            continue
        run = int(result[i])
        before = [j for j in range(i) if result[j] == run]
        after = [j for j in range(i, count) if result[j] == run]
        if min(len(before), len(after)) < MIN_SIDE_SENTENCES:
            continue
        if min(int(spare[before].sum()), int(spare[after].sum())) < MIN_SIDE_SPARE:
            continue
        if _cohesion(vectors, before, after) >= MAX_TURN_COHESION:
            continue
        result[i:][result[i:] >= run] += 1
    return result
