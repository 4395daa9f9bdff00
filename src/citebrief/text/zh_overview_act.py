"""A Chinese overview titled by a bare place or body that the lead's first sentence opens a clause
on, acting: the title takes the act ("天津市消费流通促进会成立", not the bare "天津市消费流通促进会"
of "……，天津市消费流通促进会正式成立。"). A reader of a name alone learns who, not what happened.

The name stands at a clause's start (the sentence's, or past a mark), whole on word boundaries,
and a place or body by the tagger (ns, nt) or by its last characters (`data/zh_acting_bodies.tsv`).
The words after it: manner adverbs, dropped ("正式"); then a full verb (two characters or more, no
light one: `zh_action_title.LIGHT_ACTS`); then nouns, the object, to the clause's end. The clause ends
there, so nothing is cut (no "的" phrase, no "于1987年" of "始建于"); no time word, count or
preposition may stand between. Name and act fit 12 characters; else the title stays.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import swapped_title
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_action_title import LIGHT_ACTS

MAX_CHARS = 12  # issue #9's title rule: 2–12 characters
MIN_ACT_CHARS = 2  # a one-character verb is mostly a clause's ("是", "在")
_CLAUSE_MARK = LazyPattern(r"[，。；：！？,;:!?]")
_PLACE_TAGS = frozenset({"ns", "nt"})
_SKIPPED = frozenset({"d", "ad"})  # "正式|成立": how it acted, not what
_ACT_TAGS = frozenset({"v"})
_OBJECT_TAGS = frozenset({"n", "nz", "vn", "j", "ns", "nt"})


@cache
def _endings() -> tuple[str, ...]:
    return data_lines("zh_acting_bodies.tsv")


def lead_act(title: str, first: str, used: set[str]) -> str:
    """`title` with the act the article's `first` sentence writes right after it as a clause's
    subject (module doc), where `title` is a bare place or body; else `title`. `used` holds
    the one that stands."""
    if not title or title not in first or not _place_or_body(title):
        return title
    act = _act(title, first)
    if not act or len(title) + len(act) > MAX_CHARS or (title + act).casefold() in used:
        return title
    return swapped_title(title, title + act, used)


def _place_or_body(title: str) -> bool:
    words = tag_zh(title)
    return bool(words) and (words[-1][1] in _PLACE_TAGS or title.endswith(_endings()))


def _act(title: str, first: str) -> str:
    """The verb and object after the first clause-opening `title` in `first` that acts, "" where none."""
    words = tag_zh(first)
    at = 0
    for index, (word, _) in enumerate(words):
        opens = at == 0 or bool(_CLAUSE_MARK.fullmatch(first[at - 1]))
        act = _after(title, words, index) if opens and first.startswith(title, at) else ""
        if act:
            return act
        at += len(word)
    return ""


def _after(title: str, words: list[tuple[str, str]], index: int) -> str:
    """The act the words from `index` (where `title` starts) write after it, to the clause's end."""
    spent = 0
    while index < len(words) and spent < len(title):
        spent += len(words[index][0])
        index += 1
    if spent != len(title):
        return ""  # the title ends inside a word
    while index < len(words) and words[index][1] in _SKIPPED:
        index += 1
    if index >= len(words):
        return ""
    verb, tag = words[index]
    if tag not in _ACT_TAGS or len(verb) < MIN_ACT_CHARS or verb in LIGHT_ACTS:
        return ""
    act = verb
    for word, tag in words[index + 1 :]:
        if _CLAUSE_MARK.fullmatch(word):
            return act
        if tag not in _OBJECT_TAGS:
            return ""
        act += word
    return act
