"""An English overview whose subject is only a month or another time ("July" of "loaned Smith,
21, to United in July") names when, not who or what: the person the lead's first sentence names
takes its place ("Smith"); the overview's later steps give the name the deed the lead writes of
it, where a headline would name one (`en_overview_deed`: "Smith's Sacking").

The person is written as one: an age after the name (", 21,") or a given name before it
somewhere (`en_actors.is_person`), and the article names them (or their surname) in another
sentence too; a name said once in the lead is a detail of it. "Saturday Afternoon" and other
times of `en_title_detail._TIMES` keep their own way there (the lead's thread, a bullet's thing).
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_actors import is_person
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import on_word_boundaries

# a run of capitalised words, not the sentence's first (its capital says nothing)
_NAME = LazyPattern(r"(?<=[a-z,] )[A-Z][a-z][\w'’-]*(?:\s[A-Z][a-z][\w'’-]*){0,2}")
_AGE = LazyPattern(r",\s\d{1,2},")  # "Smith, 21,": an age is a person's
_POSSESSIVE = LazyPattern(r"['’]s?$")
_NAME_TOO = "may"  # the month, and a surname a bare title means more often ("May's Cabinet")
MIN_SENTENCES = 2  # the lead's person is named again; one named once is a detail of the lead


def untimed_person(subject: str, sentences: list[str]) -> str:
    """The person the article's first sentence names (see the module's note) where `subject` is
    only a time; ''."""
    words = [_POSSESSIVE.sub("", w).lower() for w in subject.split()]
    if not sentences or not words or words == [_NAME_TOO] or not all(w in _time_words() for w in words):
        return ""
    return lead_person(sentences[0], sentences)


def lead_person(lead: str, sentences: list[str]) -> str:
    """The first person `lead` names as one whom `sentences` name again; ''."""
    for found in _NAME.finditer(lead):
        name = found.group()
        if not (_AGE.match(lead, found.end()) or is_person(name, sentences)):
            continue
        surname = name.split()[-1]  # "Mark Dawson", then "Dawson"
        if sum(on_word_boundaries(surname, s, "en") for s in sentences) >= MIN_SENTENCES:
            return name
    return ""


@cache
def _time_words() -> frozenset[str]:
    """`data/en_time_words.tsv` (`en_title_time`'s), read on first use."""
    return frozenset(line.strip() for line in data_lines("en_time_words.tsv"))
