"""A Chinese news group's title that one bullet writes only as a later item of a "、" list,
given up for the covering title's next phrase: "女儿" over the bullets on a daughter given away
and her father's search, not "汽车站" of "他奔赴各个路口、汽车站、火车站" (zh-news 112).

Blind readers of zh-news read such a title as one place or thing of an enumeration, lifted
from one bullet: no theme. A later item (after a "、") is one of several the sentence names
alike; the group is not about it. `zh_title_list_kind` and `zh_placed_title` mend a list item
every bullet saying it writes, two bullets at least; this step is for the thing one bullet
alone writes, once, in a group of three bullets or more. Left alone: a list "等" closes (it
names its kind: "大数据、人工智能等领域", zh-news 16; "操纵股价、账目作假、洗钱等", 90), and an
act ("引导、协助游客", zh-news 79; "应急救援、抢险处突", 32): the act may be what the group
reports. The covering title is asked again with the item given; its next best phrase is kept
only where it ends on a noun (a thing: not "医药事业改革发展", zh-news 111) and no bullet writes
it beside a "、" (not the list's first item "沿河沿沟地带", zh-news 3); else the item stays.
As the bench cuts them, 2 of 200 zh-news briefs change (112 and 182's broken "上海市文化" of
"上海市文化和旅游局" → "城市旅行名片"), none as pasted, nor of zh-clts or zh-policy.
"""

from __future__ import annotations

from functools import partial

from citebrief.text.title_choice import group_title
from citebrief.text.titles import GroupTexts, each_swapped, group_bullets, starts, written_by
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_shared import saying

MIN_BULLETS = 3  # a pair's item may be what the pair is about
_MARK = "、"
_CLAUSE_ENDS = "，。；：！？,;:!?"
_KIND_MARK = "等"  # "A、B、C等X": the list names its kind (`zh_title_list_kind`)
_NOUN_TAGS = ("n", "nr", "ns", "nt", "nz")


def list_item_titles(titles: list[str], own: list[GroupTexts], every_text: list[str], used: set[str]) -> list[str]:
    """`titles` with each later list item one bullet writes given the group's next phrase
    (module docstring); `own`: each group's bullets and paragraphs, None for a heading's group;
    `every_text`: the article's paragraphs; `used`: the titles given (casefolded), which follows
    each change."""
    return each_swapped(titles, own, group_bullets(own), used, _lone_item, partial(_next_phrase, every_text=every_text))


def later_item(phrase: str, bullets: list[str]) -> bool:
    """Whether one of `bullets` writes `phrase`, once, right after a "、", and no other writes it."""
    sayers = written_by(phrase, bullets)
    if len(sayers) != 1 or sayers[0].count(phrase) != 1:
        return False
    text = sayers[0]
    start = text.index(phrase)
    return start > 0 and text[start - 1] == _MARK


def beside_mark(phrase: str, bullets: list[str]) -> bool:
    """Whether a bullet writes `phrase` right before or after a "、": an item of a list."""
    return any(
        (k > 0 and b[k - 1] == _MARK) or b[k + len(phrase) : k + len(phrase) + 1] == _MARK
        for b in bullets
        for k in starts(phrase, b)
    )


def kind_closed(phrase: str, bullets: list[str]) -> bool:
    """Whether the clause that lists `phrase` goes on to a "等" after it: the list names its kind."""
    text = written_by(phrase, bullets)[0]
    rest = text[text.index(phrase) + len(phrase) :]
    clause = rest[: min((rest.find(c) for c in _CLAUSE_ENDS if c in rest), default=len(rest))]
    return _KIND_MARK in clause


def _lone_item(title: str, bullets: list[str], texts: list[str]) -> bool:
    """Whether a group of MIN_BULLETS or more has a title, no list itself nor an act, one bullet
    writes as a later item of a list no "等" closes."""
    if len(bullets) < MIN_BULLETS or _MARK in title or not later_item(title, bullets):
        return False
    words = tag_zh(title)
    return bool(words) and not words[0][1].startswith("v") and not kind_closed(title, bullets)


def _next_phrase(
    title: str, bullets: list[str], texts: list[str], others: list[str], taken: set[str], *, every_text: list[str]
) -> str:
    """The covering title's best phrase with `title` given up: a thing the bullets write, no list's
    item; '' where none."""
    found = group_title(bullets, texts, every_text, "zh", taken | {title.casefold()}, covering=True)
    if not found or not saying(found, bullets) or beside_mark(found, bullets):
        return ""
    words = tag_zh(found)
    return found if words and words[-1][1] in _NOUN_TAGS else ""
