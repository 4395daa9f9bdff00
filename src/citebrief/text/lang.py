"""Which language a text is written in (only the two we brief: Chinese and English)."""

from __future__ import annotations

import re
import sys
from types import ModuleType

from citebrief.model import Lang
from citebrief.text.lazy_re import LazyPattern

_HAN = LazyPattern(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_NOT_HAN = LazyPattern(r"[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")  # what is left is Han only
_LATIN = LazyPattern(r"[A-Za-z]")
LATIN_WORD = LazyPattern(r"[A-Za-z]+")  # a Latin-script word (`detect_lang`; foreign_titles too)


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
    latin_words = len(LATIN_WORD.findall(sample))
    return "zh" if han >= 2 * latin_words and han > 0 else "en"


_ARRAY_FROM = 512  # characters: a shorter text is counted by the pattern as quickly


def _loaded(name: str) -> ModuleType | None:
    """The module `name` where an import of it has finished, else None. A batch's worker threads
    import numpy while others read: a module another thread is still running is in sys.modules
    half made ("partially initialized module 'numpy' has no attribute 'frombuffer'"), and its
    spec says so (`_initializing`, the flag the import system itself reads before waiting)."""
    module = sys.modules.get(name)
    if module is None or getattr(getattr(module, "__spec__", None), "_initializing", False):
        return None
    return module


def count_han(text: str) -> int:
    """The Han characters of `text` (the three ranges of _HAN)."""
    numpy = _loaded("numpy")  # loaded by the engine, never for this count: a cold start pays nothing
    if numpy is not None and len(text) >= _ARRAY_FROM:
        # every code point compared at once: a Chinese text alternates Han and other runs, which the
        # pattern below cuts one by one (4-5x the time on an article)
        codes = numpy.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
        return int(
            numpy.count_nonzero(
                ((codes >= 0x3400) & (codes <= 0x4DBF))
                | ((codes >= 0x4E00) & (codes <= 0x9FFF))
                | ((codes >= 0xF900) & (codes <= 0xFAFF))
            )
        )
    # cutting out the runs of other characters makes no list of single characters: 3× faster
    return len(_NOT_HAN.sub("", text))


def count_words(text: str) -> int:
    return len(re.findall(r"[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*", text))
