"""Paragraphs that say nothing of their own: the letter header of an official document (its
number, its addressees), a table of contents, headings, and the closing lines (issuer, date,
"（此件公开发布）").

They are material for reading the article, not claims: the llm engine leaves the header and the
table of contents out of its parts (and keeps headings only as context), and verify's coverage
counts only the paragraphs that remain. One owner for that decision, imported by both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum

from citebrief.model import Lang
from citebrief.text.header import parse_date
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.outline import ITEM_LEVEL, find_outline

FRONT_MATTER_WINDOW = 6  # the letter header sits in the first few paragraphs
CONTENTS_LINE_CHARS = 40  # a table-of-contents line is a heading, not a sentence

_DOC_NUMBER = LazyPattern(r"^[\u4e00-\u9fff]{1,10}[〔\[（(]\d{4}[〕\]）)]\s*\d+\s*号$")
_ADDRESSEES = LazyPattern(r"(?:人民政府|各部委|直属机构|各部门|各单位|办公厅|委员会|有关单位|各有关)[^。]{0,40}[：:]$")
_CONTENTS = LazyPattern(r"^\s*(?:目\s*录|contents|table of contents)\s*$", re.IGNORECASE)
_CLOSING = LazyPattern(r"^[（(]此件(?:公开发布|发至[^）)]*)[)）]$|^附件[：:]")
_PAGE_NUMBER = LazyPattern(r"(?:\.{3,}|…{2,}|\s)\s*\d{1,4}\s*$")
_KEY_GAPS = LazyPattern(r"[\s.…·]+")  # what a table of contents and the body space a line with


class Role(StrEnum):
    """Why a paragraph is not a claim."""

    front_matter = "front matter"
    contents = "table of contents"
    heading = "heading"
    closing = "closing line"


def _key(text: str) -> str:
    """A line as a table of contents and the body both write it: page numbers, dots and space out.
    A page number is the line's last word: one that ends on no digit is not searched for one (tried
    at every position, it was most of the paragraphs' keys, issue #14)."""
    numbered = text.rstrip()[-1:].isdigit()  # `\d` and `\s` are `isdigit` and `isspace` characters
    return _KEY_GAPS.sub("", _PAGE_NUMBER.sub("", text) if numbered else text)


def _front_matter(paragraphs: Sequence[str]) -> list[int]:
    """The document number and the addressees ("各省、自治区、直辖市人民政府，……："), where they
    open the text (the title lines are taken out at ingest)."""
    found: list[int] = []
    for index, text in enumerate(paragraphs[:FRONT_MATTER_WINDOW]):
        line = text.strip()
        if _DOC_NUMBER.match(line) or (len(line) <= 120 and _ADDRESSEES.search(line)):
            found.extend(range(found[-1] + 1 if found else index, index + 1))
    return found


def _contents(paragraphs: Sequence[str]) -> list[int]:
    """A "目录" line and the short lines after it that the body repeats later; without a
    "目录" line, a run of three or more short lines that each come back later."""
    keys = [_key(p) for p in paragraphs]
    short = [len(p.strip()) <= CONTENTS_LINE_CHARS and bool(keys[i]) for i, p in enumerate(paragraphs)]
    # a short line → the last paragraph that opens with it: only a short line is looked up, so only
    # openings as long as one are kept (every opening up to 40 characters was ~0.25 ms a brief, issue #14)
    wanted = {key for key, line in zip(keys, short, strict=True) if line}
    sizes = sorted({len(key) for key in wanted})
    last_start: dict[str, int] = {}
    for j, key in enumerate(keys):
        for size in sizes:
            if size > len(key):
                break
            if (opening := key[:size]) in wanted:
                last_start[opening] = j

    def repeated(i: int) -> bool:
        return short[i] and last_start.get(keys[i], -1) > i

    found: list[int] = []
    i = 0
    while i < len(paragraphs):
        titled = bool(_CONTENTS.match(paragraphs[i]))
        start = i + 1 if titled else i
        end = start
        while end < len(paragraphs) and repeated(end):
            end += 1
        if titled or end - start >= 3:
            found.extend(range(i, end))
            i = max(end, i + 1)
        else:
            i += 1
    return found


def _closing(paragraphs: Sequence[str]) -> list[int]:
    """The date under the signature, the issuer line just above it, and notes like （此件公开发布）."""
    found = []
    for index, text in enumerate(paragraphs):
        line = text.strip()
        if _CLOSING.match(line):
            found.append(index)
        elif parse_date(line) is not None:
            found.append(index)
            above = paragraphs[index - 1].strip() if index else ""
            if above and len(above) <= 30 and not re.search(r"[。；，！？.;,!?]", above):
                found.append(index - 1)
    return found


def roles(paragraphs: Sequence[str], lang: Lang) -> dict[int, Role]:
    """0-based paragraph index → why it is not a claim; a paragraph not named says something."""
    found: dict[int, Role] = {}
    for index in _closing(paragraphs):
        found[index] = Role.closing
    for index in _contents(paragraphs):
        found[index] = Role.contents
    for heading in find_outline(paragraphs, lang):
        whole = heading.length >= len(paragraphs[heading.paragraph].strip()) - 1
        if heading.level < ITEM_LEVEL and whole and heading.paragraph not in found:
            found[heading.paragraph] = Role.heading
    for index in _front_matter(paragraphs):
        found[index] = Role.front_matter
    return found


def says_something(paragraphs: Sequence[str], lang: Lang) -> list[int]:
    """0-based indexes of the paragraphs that are claims' material (not header, contents,
    heading or closing line)."""
    skip = roles(paragraphs, lang)
    return [i for i in range(len(paragraphs)) if i not in skip]
