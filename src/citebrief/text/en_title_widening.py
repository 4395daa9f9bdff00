"""What the titles that widen a one-word noun title to a phrase of the group share
(`en_title_noun_phrase`, `en_title_complement`, `en_title_modified`): one reader of the modifiers
that say how much rather than which, one finder of the noun's forms as whole words (`form_spans`),
and one loop that gives the first phrase that reads as a title. Each keeps its own entry checks:
they differ on purpose, and making them agree would move titles."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_title_vague import vague_title
from citebrief.text.en_written_at import word_after, word_before
from citebrief.text.titles import display_title, starts, swapped_if_free


@cache
def loose_modifiers() -> frozenset[str]:
    """Modifiers that say how many, how big or how good, not which (`data/en_loose_modifiers.tsv`)."""
    return frozenset(data_lines("en_loose_modifiers.tsv"))


_APOSTROPHES = "'’"  # what `en_written_at.WORDISH` takes before a word that `(?<![\\w-])` does not


def noun_forms(noun: str) -> str:
    """A pattern of `noun` (lower case) singular or plural, without bounds: each caller sets its own."""
    return rf"{re.escape(noun.removesuffix('s'))}s?"


def form_spans(noun: str, text: str, apostrophe_before: bool = True) -> Iterator[tuple[int, int]]:
    """Where `text` writes `noun` (lower case) singular or plural as a whole word, at every place it
    could start, left to right: what `(?<![\\w'’-])` + `noun_forms` + `(?![\\w'’-])` matches
    (`en_written_at.word_before`/`word_after`); with `apostrophe_before` False, an apostrophe before
    it is no word's (`(?<![\\w-])`). Found with `str.find`: a pattern of each title's noun cost a
    compile (~0.3 ms) for each new title."""
    stem = noun.removesuffix("s")
    for start in starts(stem, text):
        end = start + len(stem)
        if word_before(text, start) and (apostrophe_before or text[start - 1] not in _APOSTROPHES):
            continue
        if text.startswith("s", end) and not word_after(text, end + 1):
            yield start, end + 1
        elif not word_after(text, end):
            yield start, end


def first_free(title: str, phrases: Iterable[str], group_texts: list[str], used: set[str]) -> str:
    """The first of `phrases` shown as a title that is not vague (`en_title_vague`) and is free of the
    titles given (`titles.swapped_if_free`, which adds it to `used`); else `title`."""
    for phrase in phrases:
        shown = display_title(phrase, "en")
        if vague_title(shown, group_texts):
            continue
        wider = swapped_if_free(title, shown, used)
        if wider != title:
            return wider
    return title
