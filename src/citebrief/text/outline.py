"""The document's own outline: numbered headings (一、/（一）/1./（1）, 第X章, 1.1) and short
heading paragraphs, so that a section can be a theme of the brief and its heading the title.

A heading either stands alone ("一、总体要求") or opens its paragraph ("（二）加快建设全国统一电力
市场。推动……"); in the second case the heading is the first sentence and the rest is body text.
A numbered line after a lead-in that ends in "：", or one that ends in "；", is a list item, not
a heading; so is one whose sentence its next sibling follows in the same paragraph ("3.停止……作业。
4.加固……", a news item's numbered advice cut into paragraphs: no body of its own, a list run in).
A heading that appears twice (a table of contents, then the body) counts where the body has it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from citebrief.model import Lang
from citebrief.text.brief_memo import per_brief
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.paired_headings import drop_lone_pairs, paired_heading

_CN_NUM = "一二三四五六七八九十百零〇"
# "8.5米内完成……", "1.5 million people ……" open on a quantity, not on heading 8.5: a decimal
# number read as an outline number must not run into a unit of measure
_NOT_UNIT = (
    r"(?!\s*(?:米|公里|千米|厘米|毫米|万|亿|元|倍|吨|克|千克|公斤|秒|%|％|℃|度|亩|公顷|平方|立方|升|岁|个百分点"
    r"|(?:million|billion|trillion|per\s?cent|percent|miles?|km|kg|metres?|meters?|feet|pounds?|hours?|years?)\b))"
)
# (level, marker): lower levels are larger divisions
_MARKERS: tuple[tuple[int, LazyPattern], ...] = (
    (0, LazyPattern(rf"^第[{_CN_NUM}\d]+(?:章|编|部分)\s*")),
    (1, LazyPattern(rf"^第[{_CN_NUM}\d]+节\s*")),
    (2, LazyPattern(rf"^[{_CN_NUM}]+[、.．]\s*")),
    (3, LazyPattern(rf"^[（(][{_CN_NUM}]+[)）]\s*")),
    (4, LazyPattern(rf"^\d{{1,2}}\.\d{{1,2}}\.\d{{1,2}}(?![\d.]){_NOT_UNIT}\s*")),  # 1.1.1 (before 1.1 and 1.)
    (3, LazyPattern(rf"^\d{{1,2}}\.\d{{1,2}}(?![\d.]){_NOT_UNIT}\s*")),  # 1.1
    (4, LazyPattern(r"^\d{1,3}[.．、](?!\d)\s*")),
    (5, LazyPattern(r"^[（(]\d{1,2}[)）]\s*")),
    (6, LazyPattern(rf"^第[{_CN_NUM}\d]+条\s*")),
)
ITEM_LEVEL = 6
_FIRST_NUMBER = LazyPattern(r"^第?[（(]?[一1](?![\d一二三四五六七八九十百零〇]|[.．]\d)")
LIST_LEVEL = 3  # numbers below （一） may number a list's items; 第X条 holds rules, not a theme
UNNUMBERED_LEVEL = 2  # a short heading paragraph, where the document numbers none
_FIRST_STOP = LazyPattern(r"[。；！？;!?：:]")
_END_PUNCTUATION = LazyPattern(r"[。；！？.;!?：:，,、”\"）)]$")
_RUN_MARK = LazyPattern(rf"(?:^|[。；])\s*(?:[{_CN_NUM}]是|第[{_CN_NUM}]，|其[{_CN_NUM}]，)")
MAX_HEADING_CHARS = 30
COMMA_HEADING = 16  # a numbered line this short, with a comma and no stop, is a heading
MAX_HEADING_WORDS = 10


@dataclass(frozen=True)
class Heading:
    """A heading at paragraph `paragraph` (0-based)."""

    paragraph: int
    level: int
    label: str  # the heading's words, its number left out
    length: int  # characters of the paragraph the heading takes (the rest is body text)
    first: bool = False  # numbered one (一、, 第一章, 1.): a later one at the top restarts the count, a new part


# any marker, in one pass: alternatives are tried in the order above
_ANY_MARKER = LazyPattern("|".join(f"(?:{pattern.pattern.removeprefix('^')})" for _, pattern in _MARKERS))


# what every marker above opens with: 第, a Chinese numeral, a bracket, or a digit (`\d`, which
# is `str.isdecimal`); a text opening on anything else is told no marker without the alternation
_MARKER_OPENERS = frozenset(f"第{_CN_NUM}（(")


@per_brief(maxsize=4096)
def item_marker(text: str) -> re.Match[str] | None:
    """The outline number opening a paragraph or sentence (一、, （二）, 3., 第五条 ...), if any.
    Most sentences open on none of `_MARKER_OPENERS` and are let go on their first character: the
    nine branches were tried at the start of every one (~1% of a Chinese brief, issue #14). ~20
    steps ask it of the same paragraphs, ~290 times a brief: the brief keeps each answer (a match
    is never changed, and a text's is the same whoever asks)."""
    first = text[:1]
    if first in _MARKER_OPENERS or first.isdecimal():
        return _ANY_MARKER.match(text)
    return None


def _numbered(text: str) -> Heading | None:
    if item_marker(text) is None:
        return None
    for level, pattern in _MARKERS:
        match = pattern.match(text)
        if not match:
            continue
        rest = text[match.end() :]
        if level == ITEM_LEVEL:
            return Heading(0, level, "", match.end())
        stop = _FIRST_STOP.search(rest)
        head = rest[: stop.start()] if stop else rest
        if stop and stop.group() in "；;":
            return None  # "2.严重违法违纪，……的；" is an item of a list
        if stop and stop.group() == "。" and pattern.match(rest[stop.end() :].lstrip()):
            return None  # "3.停止……作业。4.加固……": a run-in list's item, its sibling after it, no heading
        # a comma marks a sentence ("一、对……的，……"), except in a short line that is all heading
        # ("一、逐年扩招，分步实施": no stop, the paragraph ends there)
        if not head.strip() or len(head) > MAX_HEADING_CHARS:
            return None
        if "，" in head and (stop or len(head) > COMMA_HEADING) and not paired_heading(rest, stop, level):
            return None
        length = match.end() + len(head) + (1 if stop and stop.group() in "。.：:" else 0)
        return Heading(0, level, head.strip(), length, bool(_FIRST_NUMBER.match(match.group())))
    return None


def numbered_heading(text: str) -> Heading | None:
    """The numbered heading opening `text` ("（三）……压力"), its paragraph left at 0, if any."""
    return _numbered(text)


def _short_heading(text: str, following: str | None, lang: Lang) -> bool:
    """A short unpunctuated paragraph that a longer one follows: a heading without a number."""
    if following is None:
        return False
    short = len(text) <= 20 if lang == "zh" else len(text.split()) <= MAX_HEADING_WORDS
    if not short or len(text) < 2:
        return False  # asked first: the patterns below read a whole paragraph
    if _END_PUNCTUATION.search(text) or re.search(r"\d{4}年|\d+月\d+日", text):
        return False
    return len(following) >= 40 if lang == "zh" else len(following.split()) >= 20


def find_outline(paragraphs: Sequence[str], lang: Lang) -> list[Heading]:
    """Headings in reading order; a level the document uses once is not an outline. The draft and
    verify's `structure.roles` ask it of the same paragraphs: the brief keeps the answer (issue #14)."""
    return list(_outline(tuple(paragraphs), lang))


@per_brief(maxsize=4)
def _outline(texts: tuple[str, ...], lang: Lang) -> tuple[Heading, ...]:
    """`find_outline`'s headings (frozen: each caller gets its own list of them)."""
    paragraphs = list(texts)
    found: list[Heading] = []
    after_lead_in = False
    for index, text in enumerate(paragraphs):
        heading = _numbered(text)
        if heading is not None and after_lead_in and heading.level > LIST_LEVEL:
            heading = None  # an item of the list its lead-in opened; a 一、 or （一） ends the list
        if heading is not None:
            after_lead_in = False
            found.append(Heading(index, heading.level, heading.label, heading.length, heading.first))
        elif item_marker(text) is None or not after_lead_in:
            after_lead_in = False
        if text.rstrip().endswith(("：", ":")):
            after_lead_in = True
    levels = [h.level for h in found]
    found = [h for h in found if levels.count(h.level) >= 2]
    if not any(h.level < ITEM_LEVEL for h in found):
        numbered = {h.paragraph for h in found}
        for index, text in enumerate(paragraphs):
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if index not in numbered and _short_heading(text, following, lang):
                found.append(Heading(index, UNNUMBERED_LEVEL, text.strip(), len(text)))
        found.sort(key=lambda h: h.paragraph)
        if sum(h.level == UNNUMBERED_LEVEL for h in found) < 2:
            found = [h for h in found if h.level != UNNUMBERED_LEVEL]
    return tuple(_drop_contents(drop_lone_pairs(found, paragraphs), paragraphs))


def _drop_contents(found: list[Heading], paragraphs: list[str]) -> list[Heading]:
    """A table of contents repeats the headings before the body: keep the body's copy. An earlier
    copy with a body of its own is a section too, not a contents line: a document of two parts
    (two 规定 in one notice) has "一、关于财政税收" in each, and dropping the first folded its
    tax measures into the section before it (under "人员安置")."""
    later: dict[tuple[int, str], int] = {}
    for position, heading in enumerate(found):
        later[(heading.level, heading.label)] = position
    return [
        h
        for position, h in enumerate(found)
        if not h.label or later[(h.level, h.label)] == position or _has_body(found, position, paragraphs)
    ]


def _has_body(found: list[Heading], position: int, paragraphs: list[str]) -> bool:
    """Whether the heading at `position` opens text of its own before the next heading of its
    level or above: a paragraph that is not a bare heading line (a contents part holds only those)."""
    heading = found[position]
    following = (h.paragraph for h in found[position + 1 :] if h.level <= heading.level)
    end = next(following, len(paragraphs))
    bare = {h.paragraph: h.length for h in found[position:] if h.paragraph < end}
    return any(len(paragraphs[p].strip()) > bare.get(p, 0) for p in range(heading.paragraph, end))
