"""A Chinese sentence that opens on 其 as a pronoun ("其位于……的工厂将改为……", "其规定，……", "其受访时
笑称，……"): its/his, whose antecedent is the sentence before. Not 其中, 其他, 其实, 其次, 其余 and the
like: those are words of their own (`data/zh_its_words.tsv`)."""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.lazy_re import LazyPattern

_ITS = LazyPattern(r"其[\u4e00-\u9fff]")


@cache
def _words() -> tuple[str, ...]:
    return data_lines("zh_its_words.tsv")


def opens_on_its(text: str) -> bool:
    """True for "其规定，……", "其受访时笑称，……"; False for "其中，……", "其他……", "其实……"."""
    return bool(_ITS.match(text)) and not text.startswith(_words())
