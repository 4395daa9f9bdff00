"""A Chinese phrase that ends on 高度 said as "highly" before a verb ("受渍涝灾害地区高度重叠"): the
front of a clause cut at its adverb ("渍涝灾害地区高度"), not a thing a group is about. 高度 as
the height ("海拔高度达4000米", "建筑高度为") stays a thing: a verb of measure follows it there."""

from __future__ import annotations

from collections.abc import Iterable

from citebrief.text.titles import starts
from citebrief.text.tokenize import tag_zh

_DEGREE_WORDS = ("高度", "极度", "大幅")  # as adverbs: 高度重叠, 极度缺水, 大幅增长
_MEASURE_VERBS = ("达", "为", "是", "约", "超过", "有", "不", "在", "仅")  # the height stated
MIN_CHARS = 2  # the degree word alone is no such phrase
NEXT_CHARS = 4  # characters after the phrase tagged to find the word that follows it


def degree_tail(phrase: str, texts: Iterable[str]) -> bool:
    """True when `phrase` (longer than its last word) ends on a degree word that every place the
    `texts` say it stands before a verb (module doc)."""
    if len(phrase) <= MIN_CHARS or not phrase.endswith(_DEGREE_WORDS):
        return False
    after = [t[i + len(phrase) : i + len(phrase) + NEXT_CHARS] for t in texts for i in starts(phrase, t)]
    if not after:
        return False
    for following in after:
        words = tag_zh(following) if following else []
        if not words or not words[0][1].startswith("v") or following.startswith(_MEASURE_VERBS):
            return False
    return True
