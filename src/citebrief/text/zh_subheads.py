"""A news page's subheading left glued to the sentence after it, in a Chinese text that came as one block.

A feature story's subheadings ("升级：扩大航运通道", "7区7会场同步招聘提供2800余岗位", "什么是百万保障") lose
their line breaks when the page is pasted as one block: no stop parts them from the next sentence, and
the bullet reads "升级：扩大航运通道2022年7月30日，淮河入海水道二期工程开始建设施工。" — a heading run into
a claim. The next sentence still opens as sentences open: a date before its comma, a source ("据悉，",
"记者了解到，"), "本次活动……", "截至30日23时，". A run before it short and stopless is the subheading: it
becomes a line of its own (a stopless line is never a bullet), the sentence keeps the rest.

An event that opens its sentence by its year and name ("2023世界机器人大会包括论坛、展览、大赛三大板块。")
opens it too: "首次打造“机器人+”10大应用场景展区2023世界机器人大会包括……" is the section's subheading and its
first sentence. A verb before the name ("上海将举办2023世界人工智能大会") is the sentence's own object, and stays.

Openers inside a clause stay: "该办法2022年7月30日起施行" (no comma after the date), "……，据悉" (a
comma before), "新华社记者……" (a credit: the run ends in the outlet), "大风预报：25日20时……" (a label
before the sentence's own time, no heading phrase).
"""

from __future__ import annotations

import re

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import tag_zh

# an event named by its year and name, as a sentence's subject: "2023世界机器人大会", "2024中国国际服务贸易交易会"
_EVENT_NOUNS = (
    *("大会", "博览会", "展览会", "交易会", "论坛", "峰会"),
    *("运动会", "锦标赛", "艺术节", "文化节", "电影节", "音乐节"),
)
_EVENT = rf"(?:19|20)\d\d(?![0-9年])[\u4e00-\u9fff]{{1,12}}?(?:{'|'.join(_EVENT_NOUNS)})(?![，,])"
# how a story's sentence opens, right after the subheading: a date and its comma, a source, "本次……"
_OPENERS = (
    r"(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚间?|早间?|凌晨|傍晚|晚上)?，"
    r"|据(?:悉|了解|介绍|统计|报道)，"
    r"|记者(?:从[^，。]{2,20}获悉|了解到|获悉|注意到|在[^，。]{2,12}看到)，?"
    r"|本次(?:活动|会议|展会|大会|比赛|论坛|招聘会?)"
    r"|截至[^，。]{2,12}，"
    r"|在“[^”]{2,16}”[^，。]{0,6}，"
    r"|(?:此外|近年来|今年以来|近日|日前|目前)，"
    r"|除[^，。]{2,12}外，"
    rf"|{_EVENT}"
)
# a subheading: "label：phrase" (the label two to eight characters) or a stopless phrase of 6–20
# characters; never one that ends where a clause goes on (a verb, a preposition, a unit of a date)
# or where an outlet's credit or dateline ends ("新华社", "央视", "……电")
_NOT_HEAD_END = r"(?<![0-9是在对为了的与和使让将把向从于及来中上下至到可能应须会要年月日时说问示称指])"
_NOT_CREDIT = r"(?<![社报网台视闻刊志讯电者])"
_HEAD = (
    r"(?:[\u4e00-\u9fff]{2,8}：[\u4e00-\u9fff][^，。；：:,;！？!?、\s“”（）()]{3,16}?"
    r"|(?![^，。；]*?(?:消息|时间))[\u4e00-\u9fff0-9][^，。；：:,;！？!?、\s（）()《》]{5,23}?)"
    rf"{_NOT_HEAD_END}{_NOT_CREDIT}"
)
GLUED_SUBHEAD = LazyPattern(rf"{_HEAD}(?={_OPENERS})")
_HEAD_LINE = LazyPattern(_HEAD)
_OPENER = LazyPattern(_OPENERS)
# what every opener holds, looked for before the scan at each length of a heading: one search
# for any of them, not a find of each (a match of one lies in text[start:end] exactly where
# `str.find` finds it there)
_NEEDS = ("日，", "据", "记者", "本次", "截至", "”", "外，", "来，", "前，", *_EVENT_NOUNS)
_EVENT_OPENER = LazyPattern(_EVENT)
_NEEDED = LazyPattern("|".join(map(re.escape, _NEEDS)))
MIN_BODY_CHARS = 12  # the sentence left after the heading: a claim, not a scrap


def subhead_end(text: str, start: int, end: int) -> int | None:
    """Where a subheading glued to the sentence text[start:end] ends, if one opens it."""
    if _NEEDED.search(text, start, end) is None:
        return None  # most sentences hold no opener: let go after one quick search
    found = GLUED_SUBHEAD.match(text, start, end)
    if found is None or end - found.end() < MIN_BODY_CHARS:
        return None
    if _EVENT_OPENER.match(text, found.end(), end) and tag_zh(found.group())[-1][1].startswith("v"):
        return None  # "上海将举办2023世界人工智能大会": the event is the verb's object
    return found.end()


def opens_section(line: str, after: str) -> bool:
    """Whether a line is a subheading cut off the sentence `after` (`subhead_end`): it opens its
    section's passage, not closes the passage before."""
    return bool(line) and _HEAD_LINE.fullmatch(line) is not None and _OPENER.match(after) is not None
