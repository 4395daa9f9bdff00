"""A Chinese overview whose lead reports a reunion after years apart: the title takes the clause
that tells it ("分离了26年的父子俩相拥", not "经专班民警" of "……，分离了26年的父子俩14日紧紧相拥。").
A reunion is the news such a story reports; a body or a bare word for the people tells nothing.

The clause stands in one of the lead's first sentences, writes how many years the people were
apart ("离散66年", "分离了26年") and ends on a reunion act (`data/zh_reunion_acts.tsv`) written as
its own words, so nothing is cut. Asides in brackets ("(化名)"), dates ("14日") and adverbs ("紧紧")
go, and a negated act ("未能团聚") tells none; where the clause is still over 12 characters,
the years apart go, then a common noun before the first person's name ("村民王君" → "王君").
Else the title stays.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import swapped_title
from citebrief.text.tokenize import tag_zh

MAX_CHARS = 12  # issue #9's title rule: 2–12 characters
READ_SENTENCES = 3  # a lead may open on a quote before the reunion it reports
_CLAUSE_MARK = LazyPattern(r"[，。；：！？,;:!?“”\"]")
_ASIDE = LazyPattern(r"[（(][^）)]*[）)]")
_APART = LazyPattern(r"(?:离散|分离|失散|走散|分别)了?\d+年的?")
_DATE = LazyPattern(r"\d+[日号]")
_DROPPED_TAGS = frozenset({"d", "t"})  # "紧紧", "近日": when or how, not who met
_PERSON_TAGS = frozenset({"nr", "nrt", "ns"})  # the tagger reads some given names as places
_NEGATIONS = frozenset({"不", "没", "没有", "没能", "未", "未能", "无法", "难以"})  # "未能团聚" tells no reunion


@cache
def _acts() -> tuple[str, ...]:
    return data_lines("zh_reunion_acts.tsv")


def lead_reunion(title: str, opening: list[str], used: set[str]) -> str:
    """The reunion clause of the lead's `opening` sentences (module doc), standing for `title`;
    else `title`. `used` holds the one that stands."""
    if not title or title.endswith(_acts()):
        return title
    for sentence in opening[:READ_SENTENCES]:
        for clause in _CLAUSE_MARK.split(_ASIDE.sub("", sentence)):
            told = _told(clause)
            if told and told.casefold() not in used:
                return swapped_title(title, told, used)
    return title


def _told(clause: str) -> str:
    """The reunion `clause` tells, cut to fit a title; "" where it tells none or cannot fit."""
    if not _APART.search(clause):
        return ""
    words = tag_zh(clause)
    if not words or (words[-1][0] not in _acts() and "".join(w for w, _ in words[-2:]) not in _acts()):
        return ""
    if any(w in _NEGATIONS for w, _ in words):
        return ""
    kept = [(w, t) for w, t in words if t not in _DROPPED_TAGS and not _DATE.fullmatch(w)]
    told = _DATE.sub("", "".join(w for w, _ in kept))
    if len(told) > MAX_CHARS:
        told = _APART.sub("", told)
    if len(told) > MAX_CHARS and len(kept) > 1 and kept[0][1] == "n" and kept[1][1] in _PERSON_TAGS:
        told = told.removeprefix(kept[0][0])
    return told if 2 <= len(told) <= MAX_CHARS else ""
