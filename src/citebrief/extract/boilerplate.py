"""Boilerplate lines (editor credits, crumbs, comment prompts, copyright...) from one data file.

The patterns live in `boilerplate.tsv` beside this module, one a line with an example each, so
that adding one is a data change with its test included. A pattern drops a paragraph only when
it matches the whole paragraph; a match at the start is cut off only when article text follows
it after a space, so a crumb glued to the first paragraph costs the crumb, never the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from citebrief.text.data_files import package_text, table_rows
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.prefilter import Prefilter, literal_prefilter
from citebrief.text.regex_cache import compiled

_HAS_WORD = LazyPattern(r"[\w\u3400-\u9fff]")
_CJK = LazyPattern(r"[\u3400-\u9fff]")
_CLAUSE = LazyPattern(r"[，。！？；,.!?;]")
_CUT = LazyPattern(r"[。！？!?]\s*|\s+")  # where a trailing boilerplate line can start
_TAIL_CHARS = 300
_PREFILTER_CHARS = 2000  # past this a line's phrase test costs more than the patterns it spares


@dataclass(frozen=True)
class Pattern:
    """One boilerplate pattern with the example line its test checks."""

    name: str
    regex: re.Pattern[str]
    example: str


@cache
def _rows() -> tuple[tuple[str, str, str], ...]:
    """(name, regex, example) of each line of boilerplate.tsv."""
    text = package_text("citebrief.extract", "boilerplate.tsv")
    rows = (line.split("\t") for line in table_rows(text))
    return tuple((name, regex, example) for name, regex, example in rows)


@cache
def patterns() -> tuple[Pattern, ...]:
    """The patterns of boilerplate.tsv, compiled once (only a page's lines need them one by one)."""
    return tuple(Pattern(name, re.compile(regex, re.IGNORECASE), example) for name, regex, example in _rows())


@cache
def _whole() -> re.Pattern[str]:
    """Every pattern as one alternation: one fullmatch call instead of one per pattern (a
    fullmatch of the alternation succeeds exactly when one alternative matches the whole line).
    Built from the table's text: compiling each pattern as well would double the cost (~30 ms,
    the ignore-case Han classes) for a plain text, which never asks for them one by one."""
    return compiled("|".join(f"(?:{regex})" for _, regex, _ in _rows()), re.IGNORECASE)


def _scanning(regex: str) -> bool:
    """A pattern that opens on a run of any characters but a few ("[^。？！]{0,80}版权所有…"): `re`
    tries it along the line, at length, before it fails on nearly every line."""
    return regex.startswith(("[^", "(?:[^"))


@cache
def _split() -> tuple[re.Pattern[str], re.Pattern[str], Prefilter | None]:
    """The other patterns as one alternation; the scanning ones as another, behind a quick test
    of the phrases each of them needs ("版权", "转载", "Copyright"): a line matches the table
    whole exactly when it matches one of the two whole, and most lines hold none of the phrases."""
    rows = _rows()
    quick = "|".join(f"(?:{regex})" for _, regex, _ in rows if not _scanning(regex)) or r"(?!x)x"
    scanning = "|".join(f"(?:{regex})" for _, regex, _ in rows if _scanning(regex)) or r"(?!x)x"
    needs = literal_prefilter(scanning, cased_lowered=True) if scanning != r"(?!x)x" else None
    return compiled(quick, re.IGNORECASE), compiled(scanning, re.IGNORECASE), needs


def is_boilerplate(paragraph: str) -> bool:
    """True for a line a reader skips whole: a pattern covers it, or it has no word at all."""
    line = paragraph.strip()
    if not _HAS_WORD.search(line):
        return True
    quick, scanning, needs = _split()
    if quick.fullmatch(line) is not None:
        return True
    # the phrase test reads the whole line; the scanning patterns give up within a few hundred
    # characters of its start, whatever its length: a long line (a one-block article) goes to them
    maybe = needs is None or len(line) > _PREFILTER_CHARS or needs.may_match(line)
    return maybe and scanning.fullmatch(line) is not None


def looks_like_article_text(text: str) -> bool:
    """Enough words and a clause mark to be a sentence of the article, not a label."""
    cjk = len(_CJK.findall(text))
    if cjk >= 8 and _CLAUSE.search(text):
        return True
    return cjk == 0 and len(text.split()) >= 6 and bool(_CLAUSE.search(text))


def strip_boilerplate(paragraph: str) -> str | None:
    """The paragraph without boilerplate: None when it is boilerplate whole, else what is left.

    A pattern that matches only a start (a crumb, a credit) is cut off when a space follows it
    and the rest reads as article text; otherwise the paragraph is kept as it is.
    """
    line = " ".join(paragraph.split())
    for _ in range(4):  # a crumb, then a credit, then the text: a few layers at most
        if is_boilerplate(line):
            return None
        for pattern in patterns():
            match = pattern.regex.match(line)
            if not match or match.end() == 0 or match.end() >= len(line) or not line[match.end()].isspace():
                continue
            rest = line[match.end() :].strip()
            if looks_like_article_text(rest):
                line = rest
                break
        else:
            return _strip_tail(line)
    return _strip_tail(line)


def _strip_tail(line: str) -> str:
    """The line without a boilerplate line glued to its end ("…持续。返回腾讯网首页>>")."""
    start = max(0, len(line) - _TAIL_CHARS)
    for cut in _CUT.finditer(line, start):
        head, tail = line[: cut.end()].strip(), line[cut.end() :].strip()
        if tail and looks_like_article_text(head) and _whole().fullmatch(tail) is not None:
            return head
    return line
