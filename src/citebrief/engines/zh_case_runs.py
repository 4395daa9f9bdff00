"""A Chinese report of parallel cases read case by case: each case's sentences one theme.

A report that lists cases ("山西省自然资源厅公开通报3起违法占地典型问题。1、……违法占地问题。
2023年4月底，……") gives each case a title (`text.zh_case_heads.case_title`) and then its
story. Runs cut by cohesion split such a report where the words of its cases part least, not
where a case begins: readers found a case's seizure in one group and its demolition and the
official's punishment in the next, under another case's title. Where two or more titles each
open a story of their own, each case (title to next title) is a theme, and what goes before
the first is the intro the overview is drawn from: the overview says what the report is, and
no case's lines go up to it (a case told half in the overview is split over two groups).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import numpy as np

from citebrief.engines.themes import OVERVIEW_THEME
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.zh_case_heads import case_title

# the report's close after its last case: what the issuing body asks of all ("通报说，各级纪检监察
# 机关要……", "下一步，……"), no part of the last case's story
_CODA = LazyPattern(r"\s*(?:通报(?:说|指出|要求|强调|称)|下一步)[，,：:]?")
MIN_CASES = 2
MAX_CASES = 5  # a report of more cases than a brief has groups for is read in runs
MIN_CASE_SPARE = 2  # sentences each case keeps for its bullets: a case of one line is no group


def case_starts(texts: Sequence[str], spare: Collection[int]) -> list[int]:
    """The sentences (`texts`) that title a case ("1、临汾市……建设项目违法占地问题。") in a report
    of MIN_CASES to MAX_CASES cases that opens with at least one sentence before the first (its
    intro), each case keeping MIN_CASE_SPARE sentences of `spare` (those left for bullets);
    none otherwise."""
    starts = [i for i, text in enumerate(texts) if case_title(text)]
    if not MIN_CASES <= len(starts) <= MAX_CASES or starts[0] == 0:
        return []
    ends = [*starts[1:], coda_start(texts, starts[-1])]
    if any(sum(1 for i in spare if start <= i < end) < MIN_CASE_SPARE for start, end in zip(starts, ends, strict=True)):
        return []
    return starts


def coda_start(texts: Sequence[str], last: int) -> int:
    """Where the report's close begins after its last case's title (`last`): the first sentence
    that opens as the issuing body's word to all (`_CODA`); the article's end where none does."""
    return next((i for i in range(last + 1, len(texts)) if _CODA.match(texts[i])), len(texts))


def case_labels(texts: Sequence[str], spare: Collection[int]) -> np.ndarray | None:
    """A theme per sentence (`texts`) for a report of parallel cases (`case_starts`): each case's
    sentences, from its title to the next, one theme; the intro before the first the
    overview's. None where the article is no such report."""
    starts = case_starts(texts, spare)
    if not starts:
        return None
    marks = np.zeros(len(texts), dtype=bool)
    marks[starts] = True
    labels = np.cumsum(marks) - 1
    labels[labels < 0] = OVERVIEW_THEME
    labels[coda_start(texts, starts[-1]) :] = OVERVIEW_THEME
    return labels


def intro_pool(texts: Sequence[str], usable: Collection[int], pool: list[int]) -> list[int]:
    """The overview's pool for a report of parallel cases: its `usable` sentences (those that may
    be bullets) before its first case and in its close (`coda_start`), where the intro gives one
    at least; `pool` (the lead run's) as it is otherwise. The lead run of such a report runs
    into its first case, whose lines then go up to the overview."""
    starts = case_starts(texts, usable)
    if not starts:
        return pool
    close = coda_start(texts, starts[-1])
    outside = sorted(i for i in usable if i < starts[0] or i >= close)
    return outside if any(i < starts[0] for i in outside) else pool
