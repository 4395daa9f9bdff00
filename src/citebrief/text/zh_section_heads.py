"""A merged section's name cut to its head, where the two names whole outgrow a title.

Two neighbouring sections merged into one group are titled by both names ("北京非首都功能疏解、
国土空间开发保护格局"); where the two are too long for that ("职业教育办学质量督导评价" and
"改革组织实施工作"), the group was titled by the one most of its bullets come from, and the other's
bullet (the 联席会议 of 组织实施) stood under "职业教育办学质量督导评价" (blind readers: a bullet under
a section title it does not belong to). A name's last words say what the section does ("督导评价",
"组织实施"): the shortest run of its last whole words of MIN_HEAD characters or more.
"""

from __future__ import annotations

from citebrief.text.tokenize import tag_zh

MIN_HEAD = 4
# a name that states a finding, not a task: its last words judge or compare ("覆盖面有待进一步拓宽",
# "缴费基数偏高且不实", "收入下降的压力"); cut to them, they name nothing ("进一步拓宽、问题严重",
# blind read 33a on an analysis of pension funds)
_STATE_TAGS = frozenset({"a", "ad", "an", "d", "c", "uj"})


def head_name(name: str) -> str:
    """The shortest run of `name`'s last whole words at least MIN_HEAD characters long ("督导评价"
    of "职业教育办学质量督导评价"); `name` where it is no longer; '' where those words state a
    finding ("进一步拓宽" of "制度覆盖面有待进一步拓宽")."""
    tail = ""
    for word, tag in reversed(tag_zh(name)):
        if tag in _STATE_TAGS:
            return ""
        tail = word + tail
        if len(tail) >= MIN_HEAD:
            return tail
    return name
