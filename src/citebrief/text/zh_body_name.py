"""Whether a Chinese phrase names a body (a troupe, a bureau, a bank): who acts in a bullet, not
what the bullet is about. `engines/zh_run_titles.paired_title` pairs no such part with another
bullet's thing: "乌兰牧骑艺术团、雪山蒙古族" (zh-news 119) lists the troupe giving an evening show
beside the people another bullet describes, two names and no theme, so the group keeps its single
title ("雪山蒙古族"). `zh_body_title.body_only` wants a place or an organisation before the head;
a troupe's name is often a word the tagger reads as a person's ("乌兰牧骑|艺术团"), so here a last
word the tagger reads as an organisation ("京剧院") or a troupe's head ("艺术团", "代表团") counts alone.
"""

from __future__ import annotations

from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_body_title import body_only

_TROUPE = "团"  # 艺术团, 代表团, 合唱团, 杂技团, 交响乐团
_NOT_TROUPES = frozenset(("谜团", "疑团", "面团", "饭团", "线团", "星团", "气团", "一团"))
MIN_HEAD_CHARS = 2  # "艺术团", not the tagger's bare "团" of "评弹|团"
MIN_WORDS = 2  # a name and its head; one word alone is left to `body_only`


def body_name(phrase: str) -> bool:
    """True when `phrase` ends on a body's head: a body named as `body_only` reads it, or a
    phrase of two words or more whose last word is an organisation or a troupe."""
    if body_only(phrase):
        return True
    words = tag_zh(phrase)
    if len(words) < MIN_WORDS:
        return False
    last, tag = words[-1]
    if tag == "nt":
        return True
    return len(last) >= MIN_HEAD_CHARS and last.endswith(_TROUPE) and last not in _NOT_TROUPES
