"""A Chinese news group's title that one bullet writes only as an inner item of a "、" list,
given up for what two bullets of the group write: "火炬传递" over the torch's earlier cities and
its 124 torchbearers, not "文化艺术" of "来自经济、体育、文化艺术、教育、科技等多个领域的火炬手".

An inner item ("、" before and after it) is one of several things a sentence names alike;
lifted as the title it names no theme, in a pair as in a larger group, whether or not a "等"
closes the list (`zh_list_item_title` leaves those: a later item may be the group's matter).
The title goes to the covering phrase two bullets write at least, else to the event two bullets
report: a rare verb two of them write, with the noun one writes right before it ("火炬|传递"
beside "进行了传递"). Where neither is found the item stays ("账目作假" of "操纵股价、账目作假、
洗钱等", zh-news 90: the covering phrases there are one bullet's too).
"""

from __future__ import annotations

from functools import partial

from citebrief.text.title_choice import group_title
from citebrief.text.titles import GroupTexts, each_swapped, group_bullets, written_by
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_list_item_title import beside_mark, later_item
from citebrief.text.zh_shared import EVENT_MIN_IDF, saying

_MARK = "、"
SOME_SAYERS = 2  # bullets that write the phrase or the verb given instead, at least
_NOUN_TAGS = ("n", "nr", "ns", "nt", "nz")
_EVENT_NOUNS = frozenset({"n", "nz", "vn"})
_EVENT_VERBS = frozenset({"v", "vn"})
_RUN_NOUNS = frozenset({"n", "nz", "vn", "j", "ng", "nr", "nrt", "ns", "nt", "eng"})
MIN_WORD = 2  # characters of the event's noun and verb each


def inner_item_titles(titles: list[str], own: list[GroupTexts], every_text: list[str], used: set[str]) -> list[str]:
    """`titles` with each inner list item one bullet writes given what two bullets write
    (module docstring); `own`: each group's bullets and paragraphs, None for a heading's group;
    `used`: the titles given (casefolded), which follows each change."""
    return each_swapped(
        titles, own, group_bullets(own), used, _inner_item, partial(_shared_title, every_text=every_text)
    )


def _inner_item(title: str, bullets: list[str], texts: list[str]) -> bool:
    """Whether one bullet alone writes `title`, once, with a "、" on both sides: a later item
    (`later_item`) another follows."""
    if _MARK in title or not later_item(title, bullets):
        return False
    text = written_by(title, bullets)[0]
    end = text.index(title) + len(title)
    return text[end : end + 1] == _MARK


def _shared_title(
    title: str, bullets: list[str], texts: list[str], others: list[str], taken: set[str], *, every_text: list[str]
) -> str:
    """The covering phrase two bullets write with `title` given up, a thing and no list's item;
    else the event two bullets report (`_shared_event`); '' where neither."""
    found = group_title(bullets, texts, every_text, "zh", taken | {title.casefold()}, covering=True, shared=True)
    if found and saying(found, bullets) >= SOME_SAYERS and not beside_mark(found, bullets):
        words = tag_zh(found)
        if words and words[-1][1] in _NOUN_TAGS:
            return found
    return _shared_event(bullets, taken | {title.casefold()})


def _shared_event(bullets: list[str], taken: set[str]) -> str:
    """The first noun a bullet writes right before a rare verb two bullets write, with the verb:
    "火炬传递" where another bullet writes "传递" alone. Not a noun that starts a longer run
    ("大运会涉赛|物资"), nor a list's item."""
    for bullet in bullets:
        tagged = tag_zh(bullet)
        for k in range(len(tagged) - 1):
            (noun, first), (verb, second) = tagged[k], tagged[k + 1]
            if first not in _EVENT_NOUNS or second not in _EVENT_VERBS or min(len(noun), len(verb)) < MIN_WORD:
                continue
            after = tagged[k + 2][1] if k + 2 < len(tagged) else "x"
            event = noun + verb
            if after in _RUN_NOUNS or event.casefold() in taken or beside_mark(event, bullets):
                continue
            if saying(verb, bullets) >= SOME_SAYERS and _rare(verb):
                return event
    return ""


def _rare(verb: str) -> bool:
    """Whether `verb` is rarer than 进行, 完成, 提供: an act of its own (`zh_shared.EVENT_MIN_IDF`)."""
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    return bool(background_idf().lookup([verb]).tolist()[0] >= EVENT_MIN_IDF)
