"""The words that close the day of a Chinese dateline (`data/zh_dateline_closers.tsv`): "电" and "讯"
alone, "消息" only before the byline's bracket ("央广网兰州7月28日消息（见习记者…）"), since "据……7月31日
消息，" is a source the sentence cites. One table for the two patterns that read a dateline (text/header's,
which makes it the source line, and engines/bullets', which drops it from the bullet), so a new closer
moves both; read on first use (issue #14)."""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import rows_by_kind, word_alternation

CLOSERS = "zh_dateline_closers.tsv"  # in citebrief.text.data


@cache
def day_closer() -> str:
    """The closers as one regex group, to follow a "7月28日" in a dateline pattern."""
    kinds = rows_by_kind(CLOSERS)
    return rf"(?:{word_alternation(kinds['day'])}|(?:{word_alternation(kinds['before_byline'])})(?=[（(]))"
