"""A decision's act said short enough to title a brief.

`official_act` titles an approval or a change by the act the document names ("同意以哈尔滨市名义申办
2009年第二十四届世界大学生冬季运动会", "调整国务院第二次全国污染源普查领导小组组成人员"): whole, the
act runs past twenty characters, and blind readers marked such titles 3 ("a generic 核心要点 title
restating the decision"). Titles are phrases of at most a dozen characters (issue #9): here the act
keeps its verb and the end of its object, cut on the object's word boundaries to a phrase the text
writes ("申办世界大学生冬季运动会", "调整全国污染源普查领导小组"), or the object's phrase alone where
verb and object run long ("首都国际机场协调委员会"). The approver's "同意" and what a set-up body or a
changed roster comes as ("制度", "组成人员") go: the overview says them.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import on_word_boundaries, word_boundaries

MAX_ACT = 14  # characters: a decision's act this long titles as it is ("调整国家教材委员会组成人员")
MAX_OBJECT = 12  # characters: the object's phrase, issue #9's longest title
MIN_OBJECT = 4  # characters: shorter is a keyword ("委员会"), not what the act is done to
# the act: an approval of what the asker does ("同意以X名义申办……", "同意组建……") or a change ("调整……")
_ACT = LazyPattern(r"^(?:同意(?:以[^，、名]{2,10}名义)?(?P<verb>申办|组建|建立|设立)|(?P<change>调整))(?P<what>.+)$")
# what the object comes as, said by the rest of the overview: "……联席会议制度", "……领导小组组成人员"
_AS_TAILS = ("组成人员", "制度", "机制")
# what the cut may leave off the object's front: the issuer, the year, the count ("国务院第二次",
# "2009年第二十四届", "2008年北京奥运会"), never a word of the object's own ("国务院水资源保护工作……")
_DROPPABLE = LazyPattern(r"^(?:国务院)?(?:[0-9]{4}年[^第]{0,8}?)?(?:第[一二三四五六七八九十0-9]{1,4}[届次])?$")
# the owner a body's name may begin with: "国务院职业教育工作部际联席会议"
_OWNER = "国务院"
# a phrase that begins on a count or a date is no name ("第十届……")
_NOT_NAME_START = LazyPattern(r"^[0-9第年届次]")


def compact_act(act: str, texts: list[str]) -> str:
    """`act` cut to a title ("申办世界大学生冬季运动会") when it runs past `MAX_ACT`; "" when it
    is short enough, is no decision's act, or no cut that leaves off only the issuer, year or count
    gives a phrase the text writes."""
    found = _ACT.match(act) if len(act) > MAX_ACT else None
    if not found:
        return ""
    verb = found.group("verb") or found.group("change")
    what = found.group("what")
    for tail in _AS_TAILS:
        if what.endswith(tail) and len(what) > len(tail):
            what = what[: -len(tail)]
            break
    cuts = word_boundaries(what, "zh")
    for start in sorted(cuts):
        phrase = what[start:]
        if not MIN_OBJECT <= len(phrase) <= MAX_OBJECT or _NOT_NAME_START.match(phrase):
            continue
        if not _DROPPABLE.match(what[:start]) or _names_another(what[:start], phrase, texts):
            continue
        if any(on_word_boundaries(phrase, text, "zh") for text in texts):
            return verb + phrase if len(verb + phrase) <= MAX_ACT else phrase
    return ""


def _names_another(dropped: str, phrase: str, texts: list[str]) -> bool:
    """Whether `phrase`, cut off its owner ("国务院"), is also the name of another body the text
    writes without it ("撤销职业教育工作部际联席会议，其职能并入国务院职业教育工作部际联席会议")."""
    if not dropped.endswith(_OWNER):
        return False
    return sum(t.count(phrase) for t in texts) > sum(t.count(_OWNER + phrase) for t in texts)
