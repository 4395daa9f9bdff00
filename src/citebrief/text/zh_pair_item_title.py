"""A Chinese news pair's title that one bullet writes only as a later item of a "、" list gives
way to the thing both the pair's paragraphs write: "文创产品" over the shops' new products and
the mascots they sell (zh-news 48), not "兔儿爷形象" of "景山紫禁御猫、兔儿爷形象".

Blind readers took such a title for one bullet's detail: the other bullet never says it, and
its own names it as one of several things alike. `zh_list_item_title` mends a group of three
or more; a pair is left to this step, which asks for more before it moves: the two bullets come
from two paragraphs, and the new title is a run of whole noun words (4 characters or more) a
bullet writes, every one of those paragraphs says, no bullet writes beside a "、", and no title
given holds or is held by (nor the overview's). The longest such run wins, the first in reading
order of equals; where none is, the item stays. A list "等" closes names its kind
(`zh_title_list_kind`) and stays too, as does a pair drawn from one paragraph (the run every
paragraph says is then any run at all: "天气情况", zh-news 35 as pasted).
"""

from __future__ import annotations

from citebrief.text.titles import GroupTexts, each_swapped, free_of, group_bullets
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_list_item_title import beside_mark, kind_closed, later_item

PAIR = 2  # a larger group is `zh_list_item_title`'s
MIN_CHARS = 4  # a shorter run ("市集", "景山") names a side of the story, no theme
_MARK = "、"  # a title holding one is a list itself


def pair_item_titles(titles: list[str], own: list[GroupTexts], used: set[str], shown: str) -> list[str]:
    """`titles` with each pair's list-item title given the run both its paragraphs write (module
    docstring); `own`: each group's bullets and paragraphs, None for a heading's group; `used`:
    the titles given (casefolded), which follows each change; `shown`: the overview's title."""
    taken_too = {shown.rpartition("：")[2].casefold()} if shown else set()

    def find(title: str, bullets: list[str], texts: list[str], others: list[str], taken: set[str]) -> str:
        return _both_written(bullets, texts, taken | taken_too)

    return each_swapped(titles, own, group_bullets(own), used, _lone_item, find)


def _lone_item(title: str, bullets: list[str], texts: list[str]) -> bool:
    """Whether a pair from two paragraphs has a title, no list itself, that one bullet writes
    once, right after a "、", in a clause no "等" closes, and the other bullet never writes."""
    if len(bullets) != PAIR or len(set(texts)) < PAIR or _MARK in title:
        return False
    return later_item(title, bullets) and not kind_closed(title, bullets)


def _both_written(bullets: list[str], texts: list[str], taken: set[str]) -> str:
    """The longest run of whole noun words a bullet writes that every paragraph of the pair says,
    no bullet lists and no title given holds or is held by; '' where none."""
    best = ""
    for bullet in bullets:
        for run in _noun_runs(bullet):
            for start in range(len(run)):
                for end in range(start + 1, len(run) + 1):
                    phrase = "".join(run[start:end])
                    if (
                        len(phrase) > len(best)
                        and len(phrase) >= MIN_CHARS
                        and all(phrase in t for t in texts)
                        and not beside_mark(phrase, bullets)
                        and free_of(phrase, taken)
                    ):
                        best = phrase
    return best


def _noun_runs(bullet: str) -> list[list[str]]:
    """The bullet's runs of noun words (a name's, place's or body's too), each as its words."""
    runs: list[list[str]] = [[]]
    for word, tag in tag_zh(bullet):
        if tag.startswith("n"):
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]
