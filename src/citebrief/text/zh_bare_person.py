"""A Chinese sentence that calls a person by a bare noun ("大爷", "该男子") the sentence before brought in.

A blind reader of zh-news 91 could not follow "刘明迅速拨打120并立马赶去大爷家，……": which 大爷? The
sentence before says ("曾有位大爷带着哭腔来到卫生院，……"), and the brief dropped it. A story brings
such a person in with a measure word ("有位大爷", "一名男子") and goes on with the noun alone or after
这/那/该 ("大爷家", "该男子"); a sentence that does so right after the one that brought the person in
leans on it, and `cited_points.carry_antecedent` carries that sentence (where the two fit one
bullet). The nouns are data (`data/zh_bare_persons.tsv`); a sentence that brings its own one in
("一位老人……") leans on nothing.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines

_TABLE = "zh_bare_persons.tsv"


@cache
def _nouns() -> str:
    """The table's nouns as one alternation, longer first (老大爷 before 大爷)."""
    return "|".join(sorted(data_lines(_TABLE), key=len, reverse=True))


INTRODUCTION_GAP = 8  # characters a measure word may stand before its noun ("一名9岁女孩", "一位年过八旬的老人")


@cache
def _brought_in() -> re.Pattern[str]:
    """A person brought in: a measure word, not after 这/那/该/此/每 (those point to one), then its
    noun within a few words of one clause ("有位大爷", "一名9岁女孩"), not across an "和" to another."""
    gap = rf"[^，,。；;：:“”！？、和与及]{{0,{INTRODUCTION_GAP}}}?"
    return re.compile(rf"(?<![这那该此每])[位名个]{gap}(?P<noun>{_nouns()})")


@cache
def _noun() -> re.Pattern[str]:
    """Any noun of the table."""
    return re.compile(_nouns())


def bare_person_before(text: str, before: str) -> bool:
    """Whether `text` calls a person by a noun alone (or after 这/那/该: "该男子") that sentence `before`
    brought in with a measure word ("有位大爷" before "……赶去大爷家") and `text` brings in none of its own."""
    brought = {found.group("noun") for found in _brought_in().finditer(before)}
    own = {found.group("noun") for found in _brought_in().finditer(text)}
    return any(found.group() in brought - own for found in _noun().finditer(text))
