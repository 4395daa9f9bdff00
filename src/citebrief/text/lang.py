"""Which language a text is written in (only the two we brief: Chinese and English)."""

from __future__ import annotations

import re

from citebrief.model import Lang
from citebrief.text.lazy_re import LazyPattern

_HAN = LazyPattern(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_NOT_HAN = LazyPattern(r"[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")  # what is left is Han only
_LATIN = LazyPattern(r"[A-Za-z]")


def is_han(char: str) -> bool:
    return bool(_HAN.match(char))


def detect_lang(text: str) -> Lang:
    """'zh' when Han characters make up a fair share of the letters, else 'en'.

    A Chinese article quoting English names still has far more Han characters than Latin
    letters; a Latin word counts about as much as two Han characters of content.
    """
    sample = text[:20000]
    han = count_han(sample)
    if not han:
        return "en"  # no Han character: the Latin words need no count
    if han >= 2 * (len(sample) - han):
        return "zh"  # each Latin word holds a character that is not Han: too few of them to count
    latin_words = len(re.findall(r"[A-Za-z]+", sample))
    return "zh" if han >= 2 * latin_words and han > 0 else "en"


def count_han(text: str) -> int:
    # cutting out the runs of other characters makes no list of single characters: 3× faster
    return len(_NOT_HAN.sub("", text))


def count_words(text: str) -> int:
    return len(re.findall(r"[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*", text))
