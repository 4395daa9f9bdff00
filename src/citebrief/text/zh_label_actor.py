"""A policy item's label before a measure that names who carries it out ("（五）做好督导总结宣传。
国家卫生健康委要会同相关部门，……加强……指导和监督。"): the bullet reads whole without it.

The label is the item's heading in the source's outline. A task line ("加大……力度。") is left off
before a measure's terms or subject (`engines.policy_subheads.leaves_task_label`); before a verb
phrase of no one's ("加强……的领导。建立制度，……") it says what the measure is for, and stays. A sentence that opens
on its actor and the actor's duty ("国家卫生健康委要……", "行政执法机关要在……", "各地应当……") is an
instruction complete in itself: the label before it is the source's subheading glued on, and it
names the item's every task ("督导、总结、宣传") while the bullet holds one — readers marked such
a bullet down as opening on a heading.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# the actor: an office or body by the end of its name ("国家卫生健康委", "行政执法机关", "地方各级人民
# 政府"), or "各地"/"各省份"; then, past any others named with it ("、……"), its duty ("要", "应当",
# "负责", "会同"): "要求" and "应用" are no duty, "内部"/"全部" no office
_ACTOR = LazyPattern(
    r"^(?:[\u4e00-\u9fff]{1,16}?(?<!内|全|外|局)(?:委员会|委|部|局|署|厅|办|院|机关|政府|部门|单位|机构)|各地|各省份)"
    r"(?:[、和及][\u4e00-\u9fff]{2,20}?)*"
    r"(?:要(?!求)|应当|应(?!用|对)|须|必须|负责|牵头|会同)"
)


def opens_on_actor(sentence: str) -> bool:
    """Whether a Chinese `sentence` opens on the office that is to act and its duty
    ("国家卫生健康委要会同相关部门，……"), so that no label before it is needed to read it."""
    return _ACTOR.match(sentence.lstrip()) is not None
