"""A long alternation told where a match can start, read off its own parse tree.

`re` skips quickly along a text only when every branch of a pattern opens with a plain
character; a table of named groups (`(?P<a>...)|(?P<b>...)`) does not, so at every position of
the text it enters every branch to learn that none starts there. The characters a match can open
with are known from the pattern: put in front as a lookahead (`(?=[...])`), they turn away most
positions with one class test. A match must consume its first character, so a lookahead of every
character it may start with changes no match, only the positions tried; a pattern whose first
character cannot be pinned down (a `.`, a negated class, a part that may match nothing, a cased
letter other than ASCII compared ignoring case) is returned as it was.

Where some branches open on a word boundary (`\b` before their first character: "\bcharged
with", "\b(?:scored|netted)"), their characters are asked of a word's start only
(`(?=[£$€]|\b[a-z…])`): inside a word, where most positions of English text are, no branch is
entered. An ASCII letter compared ignoring case brings only what `re` takes for it ("s": S, s, ſ),
not every letter.
"""

from __future__ import annotations

import re
import string
from functools import cache
from typing import Any

from citebrief.text.regex_cache import compiled

# `re`'s own parser is not public API (see text/prefilter.py): where a later Python moves it,
# patterns go without the lookahead, as before
try:
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    _REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))
    _ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
    _CATEGORIES = {
        sre.CATEGORY_DIGIT: r"\d",
        sre.CATEGORY_NOT_DIGIT: r"\D",
        sre.CATEGORY_SPACE: r"\s",
        sre.CATEGORY_NOT_SPACE: r"\S",
        sre.CATEGORY_WORD: r"\w",
        sre.CATEGORY_NOT_WORD: r"\W",
    }
except (ImportError, AttributeError):  # pragma: no cover - Python 3.11-3.13 have them
    sre = sre_parse = None


class _Unknown(Exception):
    """The first character of some match cannot be told (any character may open it)."""


def _has_case(first: int, last: int) -> bool:
    return any(c.lower() != c or c.upper() != c or c.casefold() != c for c in map(chr, range(first, last + 1)))


# what `re`, ignoring case, takes for an ASCII letter besides the letters themselves (İ, ı, ſ, the
# Kelvin sign: tests/test_prefilter_gate.py reads every code point for the same class)
_NON_ASCII_FOLDS = "\u0130\u0131\u017f\u212a"
_ASCII_FOLDS = "A-Za-z" + _NON_ASCII_FOLDS  # the class of every letter an ASCII letter's pattern may match
# every character `re` ignoring case may take for an ASCII letter
_FOLD_CANDIDATES = string.ascii_letters + _NON_ASCII_FOLDS


@cache
def _folds(letter: str) -> str:
    """What `re`, ignoring case, takes for the ASCII letter `letter` ("s": Ssſ), asked of `re` itself."""
    same = re.compile(re.escape(letter), re.IGNORECASE)
    return "".join(re.escape(c) for c in _FOLD_CANDIDATES if same.fullmatch(c))


def _ascii_cased(first: int, last: int) -> bool:
    """Whether every character of first..last with a case is an ASCII letter."""
    return all(c.isascii() or not _has_case(ord(c), ord(c)) for c in map(chr, range(first, last + 1)))


def _class_items(items: Any, ignore_case: bool) -> list[str]:
    """The parts of a character class (`[...]`, `\\d`) as they are written in one; compared
    ignoring case, an ASCII letter brings what `re` takes for it (`_folds`), a range of them every
    character `re` may take for an ASCII letter (more characters than can open a match only cost
    a position tried, never a match)."""
    parts: list[str] = []
    for op, value in items:
        if op is sre.LITERAL:
            if ignore_case and _has_case(value, value):
                if not _ascii_cased(value, value):
                    raise _Unknown
                parts.append(_folds(chr(value)))  # the letter among them
            else:
                parts.append(re.escape(chr(value)))
        elif op is sre.RANGE:
            if ignore_case and _has_case(*value):
                if not _ascii_cased(*value):
                    raise _Unknown
                parts.append(_ASCII_FOLDS)
            parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif op is sre.CATEGORY and value in _CATEGORIES:
            parts.append(_CATEGORIES[value])
        else:  # a negated class, or a category not listed: anything may open it
            raise _Unknown
    return parts


def _first(items: Any, ignore_case: bool) -> tuple[list[str], bool]:
    """The class parts a match of this sequence may open with, and whether it may match nothing."""
    parts: list[str] = []
    for op, value in items:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the next item opens the match
        if op is sre.LITERAL or op is sre.IN:
            return parts + _class_items([(op, value)] if op is sre.LITERAL else value, ignore_case), False
        if op is sre.SUBPATTERN:
            _, add, remove, inner = value
            case = (ignore_case or bool(add & sre.SRE_FLAG_IGNORECASE)) and not remove & sre.SRE_FLAG_IGNORECASE
            found, empty = _first(inner, case)
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            found, empty = _first(value, ignore_case)
        elif op is sre.BRANCH:
            found, empty = [], False
            for alternative in value[1]:
                more, may_be_empty = _first(alternative, ignore_case)
                found += more
                empty = empty or may_be_empty
        elif op in _REPEATS:
            low, _, inner = value
            found, empty = _first(inner, ignore_case)
            empty = empty or low == 0
        else:  # ANY, NOT_LITERAL, a group reference, ...
            raise _Unknown
        parts += found
        if not empty:
            return parts, False
    return parts, True


def with_first_chars(pattern: re.Pattern[str] | str) -> re.Pattern[str]:
    """`pattern` behind a lookahead of the characters its matches may open with (the same
    matches, found sooner), or `pattern` itself where those cannot be told. Given as text, the
    pattern is compiled once, lookahead and all (a long alternation costs milliseconds to compile)."""
    source, flags = (pattern, 0) if isinstance(pattern, str) else (pattern.pattern, pattern.flags)
    if sre_parse is None:  # pragma: no cover - see the imports
        return re.compile(pattern)
    try:
        parsed = sre_parse.parse(source, flags & ~re.UNICODE)
        parts, empty = _first(parsed, bool(flags & re.IGNORECASE))
    except (_Unknown, re.error, TypeError, ValueError, AttributeError):
        return re.compile(pattern)
    if empty or not parts:
        return compiled(pattern) if isinstance(pattern, str) else pattern
    free, bounded = _by_boundary(parsed, bool(flags & re.IGNORECASE))
    if not bounded:
        return compiled(f"(?=[{_class(parts)}])(?:{source})", flags)
    at_word = f"\\b[{_class(bounded)}]"
    return compiled(f"(?=[{_class(free)}]|{at_word})(?:{source})" if free else f"(?={at_word})(?:{source})", flags)


def _class(parts: list[str]) -> str:
    """The first characters `parts` (single characters, ranges, escapes) as one class body, each once,
    in the order first met: the same branches give the same prefilter text."""
    return "".join(dict.fromkeys(parts))


# inline flags that change what `\b` reads as a word character: a branch under one is not read as bounded
_WORD_FLAGS = re.ASCII | re.LOCALE


def _by_boundary(parsed: Any, ignore_case: bool) -> tuple[list[str], list[str]]:
    """The class parts of the top-level branches that may open anywhere, and of those that open
    on a word boundary (`_bounded`): a match of the latter starts where `\b` holds."""
    items = list(parsed)
    branches = items[0][1][1] if len(items) == 1 and items[0][0] is sre.BRANCH else [items]
    free: list[str] = []
    bounded: list[str] = []
    for branch in branches:
        (bounded if _bounded(branch) else free).extend(_first(branch, ignore_case)[0])
    return free, bounded


def _bounded(items: Any) -> bool:
    """Whether every match of this sequence has `\b` where it starts: a `\b` before anything
    that consumes a character (other zero-width items, a group, every branch of a choice may
    come first)."""
    for op, value in items:
        if op is sre.AT:
            if value is sre.AT_BOUNDARY:
                return True
            continue
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            continue  # consumes nothing
        if op is sre.SUBPATTERN:
            _, add, remove, inner = value
            return not (add | remove) & _WORD_FLAGS and _bounded(inner)
        if op is sre.BRANCH:
            return all(_bounded(branch) for branch in value[1])
        return False
    return False
