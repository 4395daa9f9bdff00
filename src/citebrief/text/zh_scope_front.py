"""A Chinese phrase less the scope word it opens on: "防汛工作调度会", not "全省防汛工作调度会".
全省, 本市, 该县 say how far a thing reaches, not which thing it is; a two-part title
("防汛工作调度会、中央救灾救助资金", `engines/zh_run_titles.py`) has 16 characters for both parts, and
the scope was what kept the meeting out (zh-news 159). Not 全国: "全国人大", "全国政协" are names."""

from __future__ import annotations

from citebrief.text.tokenize import tag_zh

SCOPE_WORDS = frozenset(
    {"全省", "全市", "全县", "全区", "本省", "本市", "本县", "本区", "该省", "该市", "该县", "该区"}
)
MIN_LEFT_WORDS = 2  # what is left is a thing of two words or more, as a title part must be


def past_scope(phrase: str) -> str:
    """`phrase` less the scope word it opens on, where two words or more follow it; else `phrase`."""
    words = [w for w, _ in tag_zh(phrase)]
    if len(words) > MIN_LEFT_WORDS and words[0] in SCOPE_WORDS:
        return phrase[len(words[0]) :]
    return phrase
