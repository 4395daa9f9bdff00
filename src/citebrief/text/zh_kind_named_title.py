"""A Chinese news group of one person's story, titled by a thing one bullet writes once, takes the
person's name every bullet writes: "南安", the five-year-old whose fall from the tenth floor the
two bullets tell ("5岁男孩南安，家住10楼，窗框没有安装防护栅栏。", "……南安趴在窗台上往下看，结果从10楼
跌落至地面。"), not "窗框", the window frame one of them names (zh-clts 4).

Blind readers mark such a title weak: one bullet's detail, where the group is the story of one
person. The covering title (`title_choice._covering_title`) would take a name every bullet says,
but the tagger reads this one as a place (南安 is a city too), and a place names no theme. The sure
reading is narrow: a group of two bullets or more whose title one bullet writes, once; a name of
two or three characters, one word to the tagger in every bullet (on word boundaries), that a
bullet writes right after a word that says what kind of person it is (`data/zh_name_kinds.tsv`:
男孩, 女孩, 男子 ...), free of the titles given. Groups whose bullets share no such name keep
their title (most: a kind word before a name is a story's opening, rare in a group's bullets).
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from citebrief.text.data_files import data_lines
from citebrief.text.titles import GroupTexts, each_retitled, free_of, swapped_title
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_shared import saying

MIN_BULLETS = 2
MIN_NAME, MAX_NAME = 2, 3  # a Chinese given name or full name, in characters


@cache
def _kinds() -> tuple[str, ...]:
    return data_lines("zh_name_kinds.tsv")


def kind_named_titles(titles: list[str], own: list[GroupTexts], used: set[str]) -> list[str]:
    """`titles` with each one-bullet detail of a person's story given that person's name (module
    docstring); `own`: each group's bullets and paragraphs, None for a heading's group; `used`:
    the titles given (casefolded), which it updates."""
    return each_retitled(titles, own, used, _one_said, lambda t, b, x, g: _named(t, b, g, used))


def _one_said(title: str, bullets: list[str]) -> bool:
    """A group of MIN_BULLETS or more whose title one bullet writes, once."""
    if len(bullets) < MIN_BULLETS or saying(title, bullets) != 1:
        return False
    return sum(b.count(title) for b in bullets) == 1


def _named(title: str, bullets: list[str], given: set[str], used: set[str]) -> str:
    """The name every bullet writes as a word that a bullet sets after a kind of person, swapped
    into `used`; '' where none is."""
    words = [[w for w, _ in tag_zh(b)] for b in bullets]
    for name in _kind_names(words):
        if all(name in ws for ws in words) and name not in title and free_of(name, given):
            return swapped_title(title, name, used)
    return ""


def _kind_names(words: list[list[str]]) -> list[str]:
    """The names the bullets' words set right after a kind of person ("男孩|南安"), in order."""
    kinds = _kinds()
    found = []
    for ws in words:
        for before, word in pairwise(ws):
            if before.endswith(kinds) and MIN_NAME <= len(word) <= MAX_NAME and _chinese(word):
                found.append(word)
    return found


def _chinese(word: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in word)
