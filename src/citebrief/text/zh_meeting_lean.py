"""A Chinese sentence that opens on what "the meeting" said ("会议指出，要稳步推进城市更新。") leans on
the sentence before it where that sentence is the one that says which meeting was held ("市委常委会
近日召开会议。").

zh-news 110: the brief kept a "会议指出，……" bullet on housing policy and dropped the short sentence
before it that holds the meeting, so a blind reader could not tell which meeting spoke ("the bullet
never says which meeting"). Where the sentence before holds a meeting ("召开会议", "举行……工作会议",
"主持召开……常务会议"), the bullet carries it (`cited_points.carry_antecedent`, where the two fit one
bullet and the brief does not have that sentence already); a "会议指出" after any other sentence is
left as it is.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# what the meeting says or decides, at the sentence's head: "会议指出", "会议强调", "会议分析认为"
_MEETING_SAYS = LazyPattern(r"^会议(?:分析|一致|充分)?(?:指出|强调|要求|认为|提出|明确|决定|部署)")
# a meeting held, within one clause: "召开会议", "举行上半年工作会议", "主持召开国务院常务会议"
_MEETING_HELD = LazyPattern(r"(?:召开|举行)[^，。；！？：“”]{0,20}?会议")


def meeting_before(text: str, before: str) -> bool:
    """Whether `text` opens on what the meeting said and the sentence `before` it holds that meeting
    (module doc)."""
    return _MEETING_SAYS.match(text) is not None and _MEETING_HELD.search(before) is not None
