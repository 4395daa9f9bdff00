"""Asides a Chinese group title must not name: a phrase its bullets say only in brackets is
another name for something or a side remark ("长三角产业青年创新孵化基地（碳谷绿湾）" beside a
contest's tracks and a speech), not what the group is about. A bracket that defines the
article's own short name ("（以下简称杏煤公司）") is no aside: the article goes on to use it; nor
is one that spells out a Latin abbreviation ("ATF（自重徒手功能性训练）"). Nor is a story's detail
("爸爸下楼买菜", "母亲因关节炎病情……", "自制一颗3D爱心", "陪我一起研究参考书", "用冷水浸泡") what its
group is about, nor who speaks in it ("王贵强表示", "王贵强指出", "叶卫红希望": the speaker, not the
matter)."""

from __future__ import annotations

import re
from functools import lru_cache

from citebrief.text.lazy_re import LazyPattern

ASIDE_FACTOR = 0.3
_BRACKETED = LazyPattern(r"[（(][^（）()]*(?:[）)]|$)")


def aside_factor(phrase: str, bullets: list[str]) -> float:
    """`ASIDE_FACTOR` for a phrase the bullets say only inside brackets, else 1."""
    for bullet in bullets:  # the first bullet that says it answers for most phrases, alone
        if phrase in bullet:
            if "（" not in bullet and "(" not in bullet and not _story_detail(phrase, bullet):
                return 1.0  # no story's detail there, and said outside brackets: it has none
            break
    else:
        return 1.0  # no bullet says it
    saying = [b for b in bullets if phrase in b]
    # plain loops, no generators: a title weighs ~30 phrases against each of its bullets
    for bullet in saying:
        if not _story_detail(phrase, bullet):
            break
    else:
        return ASIDE_FACTOR
    for bullet in saying:
        if phrase in _unbracketed(bullet):
            return 1.0
    return ASIDE_FACTOR


@lru_cache(maxsize=256)
def _unbracketed(bullet: str) -> str:
    """The bullet without its aside brackets (`_kept`): read once per bullet, not once for each
    of the ~50 phrases a title weighs (it depends on the bullet alone)."""
    return _BRACKETED.sub(_kept, bullet) if "（" in bullet or "(" in bullet else bullet


# a story's detail: what one of the family was doing ("爸爸下楼买菜", "家人在跟邻居聊天") or what
# befell them ("母亲因关节炎病情越发严重": the mother's illness in a farmer's story, s47 blind read), the one
# thing a child made ("自制一颗3D爱心"), what a step is done with ("用冷水浸泡")
_KIN = "爸爸|妈妈|奶奶|爷爷|外婆|外公|姥姥|姥爷|家人|父亲|母亲|丈夫|妻子|儿子|女儿"
_AFTER_KIN = ("正在", "在跟", "在和", "在", "跟", "和", "因")
_ONE_THING = "颗只张幅"
# what a child asks its parents to do with it ("陪我一起研究参考书", "陪我一起去博物馆"): one wish of a list
_TOGETHER = "(?:陪|带)(?:我|我们|孩子)一起"
_HELD = "用拿"
# 用 on its own, not the end of 利用, 在用, 通用 ("利用患者形象", "通用航空产业")
_DETAIL_BEFORE = LazyPattern(
    rf"(?:(?:{_KIN})(?:{'|'.join(_AFTER_KIN)})?|一[{_ONE_THING}]|(?:^|[，,；;\s我你他她再先就并可])[{_HELD}]|自制|{_TOGETHER})$"
)
# the characters the pattern can end on: a phrase after any other is no detail, no search needed
_DETAIL_LAST = frozenset({*(kin[-1] for kin in _KIN.split("|")), *(w[-1] for w in _AFTER_KIN)}) | frozenset(
    _ONE_THING + _HELD + "制起"
)


_DETAIL_WINDOW = 6


def _story_detail(phrase: str, bullet: str) -> bool:
    """Every place the bullet says `phrase`, it follows a family member, a one or a 用."""
    k = bullet.find(phrase)
    if k < 0:
        return False
    while k >= 0:  # str.find, not a pattern per phrase: `re` would compile each one anew
        # what comes before is at most 4 characters ("爸爸在跟"): the last 6 hold it, and a window
        # that starts mid-bullet has more than the one character "^用$" would need
        if not (k and bullet[k - 1] in _DETAIL_LAST and _DETAIL_BEFORE.search(bullet[max(0, k - _DETAIL_WINDOW) : k])):
            return False  # the first place that is no detail answers: most phrases, at once
        k = bullet.find(phrase, k + 1)
    return True


# what follows a speaker's name: a verb of saying ("王贵强表示", "田勇分析称", "叶卫红希望")
_SPEECH = (
    *("表示", "指出", "说", "称", "强调", "认为", "介绍", "透露", "坦言", "解释", "提醒", "呼吁"),
    *("希望", "建议", "分析", "致辞", "告诉", "回忆", "谈到", "提到", "补充"),
)


# the interview a speaker's words were given in, between the name and the verb ("田勇|接受中新社记者
# 采访时|表示"): the analyst quoted on the market is still only its speaker
_INTERVIEW = LazyPattern(r"接受[^，。；：！？]{0,12}?采访时?")


def speaker_only(phrase: str, bullets: list[str]) -> bool:
    """True when every place the bullets say `phrase` a verb of saying follows it, after the
    interview it was said in or not: the group's speaker ("王贵强表示……", "王贵强指出……",
    "田勇接受中新社记者采访时表示……"), not what it says."""
    said = False
    for bullet in bullets:
        k = bullet.find(phrase)
        while k >= 0:
            after = k + len(phrase)
            interview = _INTERVIEW.match(bullet, after)
            if not bullet.startswith(_SPEECH, interview.end() if interview else after):
                return False
            said = True
            k = bullet.find(phrase, k + 1)
    return said


def _kept(bracket: re.Match[str]) -> str:
    """A defining bracket stays in the text, and so does one that spells out a Latin
    abbreviation ("ATF（自重徒手功能性训练）": what the letters mean); any other is taken out."""
    before = bracket.string[bracket.start() - 1 : bracket.start()] if bracket.start() else ""
    glossed = before.isascii() and before.isalnum()
    return bracket.group(0) if "简称" in bracket.group(0) or glossed else ""
