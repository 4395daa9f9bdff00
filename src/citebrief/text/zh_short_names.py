"""A short name a bullet introduces that is only the end of the name before it: "同意以深圳市名义申办
2011年第26届世界大学生夏季运动会（以下简称运动会）。" reads, in a bullet, as a stray drafting note.

A document sets up the short names it goes on to use ("（以下简称杏煤公司）"); the note stays where
the short name is a name of its own (杏煤公司, 跨采会, 三项制度), since a reader meets it again with no
other key to it. Where it is the end of the full name just before it (运动会 of "……夏季运动会",
领导小组 of "……普查领导小组"), a reader takes the one for the other unaided: the note goes, and the
bullet is the source's sentence with a bracket left out, as the verify step reads it.

A note whose short name no other bullet of the brief uses, and the bullet itself says no more after it,
introduces nothing the reader meets (the blind read of stop 80 marked '（以下简称培训评价组织）' down
as clutter): it goes too (`without_unused_short_names`), the bracket's 《》 or quotes with it. Where a
later bullet says the short name ("1+X证书制度试点"), the note is the reader's key to it and stays; a
title's short name counts only in its marks ("按照《决定》精神"), as 《规划》 is not the 规划 of "建设规划"
(zh-policy 38: "（以下简称《规划》）" stayed on that). "（下称X）" is such a note too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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


# any "（以下简称X）", "（以下统称“X”）", "（以下称X）", "(下称X)", "(以下简称《X》)": X read without its marks
_ANY_NOTE = LazyPattern(
    r"[（(](?:以下(?:简称|统称|称)|下称)[：:]?(?P<mark>[“\"《]?)(?P<short>[\u4e00-\u9fff、\w+\-—]{2,24}?)[”\"》]?[)）]"
)


def without_unused_short_names(text: str, others: Sequence[str], lang: str = "zh") -> str:
    """Chinese `text` without each short-name note whose short name ends the name before it, or is said
    neither in `text` after the note nor in any of `others` (the brief's other bullets)."""
    if lang != "zh" or "下" not in text:
        return text
    text = without_own_short_name(text, lang)
    return _ANY_NOTE.sub(lambda m: _used(text, m, others), text)


def _used(text: str, found: re.Match[str], others: Sequence[str]) -> str:
    """The note where its short name is said again after it or in another bullet, else nothing."""
    # a title's short name is said in its marks ("按照《决定》精神"): "规划" of "建设规划" is not 《规划》
    short = f"《{found['short']}》" if found["mark"] == "《" else found["short"]
    return found.group() if short in text[found.end() :] or any(short in other for other in others) else ""


def without_notes(text: str) -> str:
    """Chinese `text` without any short-name note, as a bullet that left its notes out reads: what the
    verify step holds such a bullet to (`verify.checks`), the source's words less those brackets."""
    return _ANY_NOTE.sub("", text) if "下" in text else text
