"""A short name a bullet introduces that is only the end of the name before it: "同意以深圳市名义申办
2011年第26届世界大学生夏季运动会（以下简称运动会）。" reads, in a bullet, as a stray drafting note.

A document sets up the short names it goes on to use ("（以下简称杏煤公司）"); the note stays where
the short name is a name of its own (杏煤公司, 跨采会, 三项制度), since a reader meets it again with no
other key to it. Where it is the end of the full name just before it (运动会 of "……夏季运动会",
领导小组 of "……普查领导小组"), a reader takes the one for the other unaided: the note goes, and the
bullet is the source's sentence with a bracket left out, as the verify step reads it.
"""

from __future__ import annotations

import re

from citebrief.text.lazy_re import LazyPattern

# "<name>（以下简称<short>）", quoted or not; the name is read back from just before the bracket
_NOTE = LazyPattern(r"[（(]以下(?:简称|统称)[“\"]?(?P<short>[\u4e00-\u9fff]{2,12})[”\"]?[)）]")


def without_own_short_name(text: str, lang: str = "zh") -> str:
    """Chinese `text` without each "（以下简称X）" whose X ends the characters right before it."""
    if lang != "zh" or "以下" not in text:
        return text
    return _NOTE.sub(lambda m: _kept(text, m), text)


def _kept(text: str, found: re.Match[str]) -> str:
    """The note itself where its short name is its own, else nothing."""
    return "" if text[: found.start()].endswith(found["short"]) else found.group()
