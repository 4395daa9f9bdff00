"""A Chinese news group's title that one bullet alone writes, given up for the group's best
phrase two of its bullets write: "成都市民" over four bullets on the city's people and their
hopes for the Games, not the slogan's "成就梦想" one writes (zh-news 164); "用工" over the job
station's five bullets (the workers' doubts, the staff's outreach, the hiring platform, the live
room's views, the registrations), not one bullet's "直播间日均浏览量" (zh-news 107).

Blind readers of zh-news mark a title they find under one bullet as that bullet's detail, no
theme (issue #9). The covering title (`title_choice._covering_title`) takes the best phrase
most bullets say; where none passes its checks (rare enough, no place, body, speaker or piece
of a name, free of the titles given), it falls back on the best phrase of all, often one
bullet's, and the later steps may keep it. This last step asks the covering title again for the
best phrase two bullets say at least, under the same checks, for a group of three bullets or
more whose title one bullet at most writes; a phrase no bullet but one writes stays where none
is found (most such groups: what they share is the overview's subject, a place, or a word as
common as 发展 or 工作).
"""

from __future__ import annotations

from functools import partial

from citebrief.text.title_choice import group_title
from citebrief.text.titles import GroupTexts, each_swapped, group_bullets
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_most_said_word import role_word
from citebrief.text.zh_shared import saying

MIN_BULLETS = 3  # two bullets leave no phrase most of them write but one does not
MAX_SAYERS = 1  # a title this many bullets write at most is one bullet's
MIN_WORD = 2  # a word of a title this long at least: one character may be any word's


def some_said_titles(titles: list[str], own: list[GroupTexts], every_text: list[str], used: set[str]) -> list[str]:
    """`titles` with each one-bullet title of a group of MIN_BULLETS or more given the phrase two
    of its bullets write (module docstring); `own`: each group's bullets and paragraphs, None for
    a heading's group; `every_text`: the article's paragraphs; `used`: the titles given
    (casefolded), which follows each change."""
    return each_swapped(
        titles, own, group_bullets(own), used, _one_bullets, partial(_shared_phrase, every_text=every_text)
    )


def _one_bullets(title: str, bullets: list[str], texts: list[str]) -> bool:
    """Whether a group of MIN_BULLETS or more has a title one of its bullets writes at most, nor
    any word of it two write ("道路积水" over bullets that each say 积水 is their theme's), nor
    a brand written in Latin letters."""
    if len(bullets) < MIN_BULLETS or saying(title, bullets) > MAX_SAYERS:
        return False
    if any(c.isascii() and c.isalpha() for c in title):  # a brand ("YES!IC") the bullets write their way
        return False
    words = [w for w, _ in tag_zh(title) if len(w) >= MIN_WORD]
    return all(saying(w, bullets) <= MAX_SAYERS for w in words)


def _shared_phrase(
    title: str, bullets: list[str], texts: list[str], others: list[str], taken: set[str], *, every_text: list[str]
) -> str:
    """The covering title's best phrase two or more of `bullets` write; '' where none passes."""
    found = group_title(bullets, texts, every_text, "zh", set(taken), covering=True, shared=True)
    # who acted ("犯罪嫌疑人", "设计师") is no theme: the steps before gave it up ("集中收网行动")
    return found if saying(found, bullets) > MAX_SAYERS and not role_word(found) else ""
