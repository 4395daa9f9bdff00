"""A Chinese sentence framed "在这项运动里，……" names its thing only by the kind the sentence before
gave it ("拳击是现在不少女性都喜欢的运动，……"): read alone, "这项运动" points at nothing.

Blind readers marked zh-clts 6's "在这项运动里，女性能够得到相当程度上的压力释放，……" down: boxing
is named only in the sentence before, cut into another passage by the tool. Where that sentence
ends on the kind the frame names (运动), the bullet carries it (`cited_points.carry_antecedent`).
Only a frame whose kind the sentence before says: "在这次德国科隆国际家居展上" or "在这台音乐会上"
name their own event.

A frame on a moment or a setting the sentence before set ("在这一有纪念意义的时间节点举办……", "在此背景
下，……") leans the same way whatever that sentence says: "这一" points at what the anniversary was
(zh-news 41, read blind: "这一" named nothing). Its kind is a word of time or setting, so the sentence
before need not name it.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# "在这项运动里，", "在这种环境中，": a place or setting framed by a demonstrative and its kind
_FRAME = LazyPattern(r"^在(?:这|该)(?:项|种|个)(?P<kind>[\u4e00-\u9fff]{2,4}?)(?:里|中|上)[，,]")
# "在这一有纪念意义的时间节点", "在这个关键时刻", "在此背景下": a moment or setting, a few words at most after
# the demonstrative; not "在这里" or "在此次……上" (the story's own place or event)
_MOMENT = LazyPattern(
    r"^在(?:这(?:一|个)|此(?!次))[^，。；：“”]{0,10}?(?:时间节点|节点|时刻|关头|之际|背景下|形势下|情况下|基础上)"
)


def framed_kind(text: str, before: str) -> bool:
    """Whether `text` opens on "在这项X里，" and the sentence `before` it names X (the kind it refers to),
    or on a moment or setting the sentence before set ("在这一时间节点", "在此背景下")."""
    found = _FRAME.match(text.strip())
    return (found is not None and found.group("kind") in before) or _MOMENT.match(text.strip()) is not None
