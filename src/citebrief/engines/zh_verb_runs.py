"""Whether what a long Chinese sentence's cut drops is more of the run it keeps: "授予A…，授予B…，授予C…".

A sentence too long for a bullet keeps its leading clauses, unless what the cut drops holds figures:
a list of figures is what a document is read for, so it stayed whole up to 320 characters. But a
run of clauses that each repeat one verb ("国务院批准，授予“……”国家自然科学奖一等奖，授予“……”等37项
成果……二等奖，授予……", zh-policy 9) read whole as one unreadable run-on; its first clauses already say
what the run is (what was awarded, and how many), and what the cut drops is more of the same. Such a
cut is made at the usual length (`bullets.CUT_CHARS_ZH`).
"""

from __future__ import annotations

from collections import Counter

from citebrief.text.lazy_re import LazyPattern

OPENER_CHARS = 2  # the repeated verb: 授予, 支持, 推动
MIN_KEPT_OPENERS = 2  # kept clauses opening on it: it is a run before the cut, not one clause
_HAN = LazyPattern(r"[\u4e00-\u9fff]{2}")


def more_of_the_run(kept: list[str], dropped: list[str]) -> bool:
    """True where every clause in `dropped` opens on the same two Chinese characters as
    MIN_KEPT_OPENERS clauses of `kept` or more: the cut drops further items of a repeated-verb run."""
    if not dropped:
        return False
    openers = Counter(clause[:OPENER_CHARS] for clause in kept if _HAN.match(clause))
    first = dropped[0][:OPENER_CHARS]
    return openers[first] >= MIN_KEPT_OPENERS and all(clause.startswith(first) for clause in dropped)
