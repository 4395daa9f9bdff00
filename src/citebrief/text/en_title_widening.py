"""What the titles that widen a one-word noun title to a phrase of the group share
(`en_title_noun_phrase`, `en_title_complement`, `en_title_modified`): one reader of the modifiers
that say how much rather than which, one pattern of the noun's forms, and one loop that gives the
first phrase that reads as a title. Each keeps its own entry checks: they differ on purpose, and
making them agree would move titles."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_title_vague import vague_title
from citebrief.text.titles import display_title, swapped_if_free


@cache
def loose_modifiers() -> frozenset[str]:
    """Modifiers that say how many, how big or how good, not which (`data/en_loose_modifiers.tsv`)."""
    return frozenset(data_lines("en_loose_modifiers.tsv"))


def noun_forms(noun: str) -> str:
    """A pattern of `noun` (lower case) singular or plural, without bounds: each caller sets its own."""
    return rf"{re.escape(noun.removesuffix('s'))}s?"


_AFTER_WORD = "_'’-"  # besides letters and digits, what no form of the noun stands before


def _continues(text: str, at: int, refused: str) -> bool:
    """`text[at]` is a letter, a digit (with "_", what `re`'s `\\w` takes) or one of `refused`;
    False off either end."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] in refused)


def form_spans(noun: str, text: str, refused_before: str = _AFTER_WORD) -> Iterator[tuple[int, int]]:
    """Where `text` writes `noun` (lower case) singular or plural as a whole word, at every place it
    could start, left to right: what `(?<![\\w…])` + `noun_forms` + `(?![\\w'’-])` matches, with
    "_" and `refused_before` the characters refused before it besides letters and digits. Found
    with `str.find`: a pattern of each title's noun cost a compile (~0.3 ms) for each new title."""
    stem = noun.removesuffix("s")
    start = text.find(stem)
    while start >= 0:
        end = start + len(stem)
        if not _continues(text, start - 1, refused_before):
            if text.startswith("s", end) and not _continues(text, end + 1, _AFTER_WORD):
                yield start, end + 1
            elif not _continues(text, end, _AFTER_WORD):
                yield start, end
        start = text.find(stem, start + 1)


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
