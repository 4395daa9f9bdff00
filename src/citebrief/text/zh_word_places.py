"""Which tagged word of a Chinese text starts or ends at an offset, read once a brief.

A title is widened (`zh_widen`) and closed (`zh_close`) by the word before and after each place
the article says it: both ask each paragraph that says the title which word ends or starts
there, for every title of the brief and every step that makes a title longer. A text's words
and where they end are kept for the brief (`brief_memo.per_brief`; the offsets summed in C,
not word by word), and each question is a bisection.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

from citebrief.text.brief_memo import per_brief
from citebrief.text.tokenize import cut_zh, tag_zh

NO_WORD = ("", "x")


@per_brief(maxsize=1024)
def _placed(text: str) -> tuple[list[int], list[tuple[str, str]]]:
    """Where each word of `text` ends, and the (word, tag) pairs (neither changed by a caller)."""
    return list(accumulate(map(len, cut_zh(text)))), tag_zh(text)  # the cut is the tags' words


def word_ending(text: str, at: int) -> tuple[str, str]:
    """The word of `text` (with its tag) that ends at offset `at`; `NO_WORD` where none does."""
    ends, pairs = _placed(text)
    k = bisect_left(ends, at)
    return pairs[k] if k < len(ends) and ends[k] == at else NO_WORD


def word_starting(text: str, at: int) -> tuple[str, str]:
    """The word of `text` (with its tag) that starts at offset `at`; `NO_WORD` where none does."""
    ends, pairs = _placed(text)
    if at == 0:
        return pairs[0] if pairs else NO_WORD
    k = bisect_left(ends, at)  # the word before ends there, so the next starts there
    return pairs[k + 1] if k + 1 < len(ends) and ends[k] == at else NO_WORD
