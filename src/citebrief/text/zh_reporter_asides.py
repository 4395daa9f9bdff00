"""A Chinese news sentence without the reporter inside it: "……现场，记者看到分洪河道水流湍急" →
"……现场，分洪河道水流湍急"; "根据记者的了解，当前北京雨势总体平稳" → "当前北京雨势总体平稳";
"王建波向记者介绍。" → "王建波介绍。"; "刘明告诉记者，……" → "刘明说，……" (zh-news 22, 40, 47, 91).

A bullet says what happened; the reporter's seeing or being told is how the story was gathered, a
reporter's line a reader skims past (blind read, issue #9). `text/zh_reporter_lead` drops the
preamble that opens a sentence ("记者从……获悉，"); these asides sit inside it, and the sentence reads
whole without them. The asides are data (`data/zh_reporter_asides.tsv`), each with what it becomes.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import rows_by_kind

DROPPED = "-"  # the table's first column for an aside that becomes nothing


@cache
def _asides() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each aside's pattern and what it becomes ("" for the table's "-": dropped)."""
    return tuple(
        (re.compile(pattern), "" if becomes == DROPPED else becomes)
        for becomes, patterns in rows_by_kind("zh_reporter_asides.tsv").items()
        for pattern in patterns
    )


def without_reporter_asides(text: str) -> str:
    """`text` without the reporter's seeing, knowing or being told inside it; `text` itself where it
    names no reporter."""
    if "记者" not in text:
        return text  # most sentences name no reporter: let go after one look
    for pattern, replacement in _asides():
        text = pattern.sub(replacement, text)
    return text
