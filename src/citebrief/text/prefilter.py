"""A quick test that a line cannot match a long pattern table, read off the patterns themselves.

Structure and boilerplate tables are alternations of dozens of patterns (data files), and most
lines match none of them; yet the regex engine tries every branch at every position to say so.
Nearly every branch needs some literal text somewhere ("收悉", "如下", "》"): when a line holds
none of the literals the branches need, no branch can match it. The literals are found by walking
each pattern's parse tree (what `re` itself parses), so a pattern added to the data is covered
with no second list to keep; a branch with no literal it must contain (only classes, or only
optional parts) turns the quick test off for its table. Checking the literals is one scan by a
pattern of plain words, ~20× cheaper than the table.
"""

from __future__ import annotations

import re
from typing import Any

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.regex_cache import compiled

# `re`'s own parser is not public API (Python 3.11 moved it to re._parser): where a later Python
# moves it again, there is no quick test and every line goes to the full table, as before
try:
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    _REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))
except (ImportError, AttributeError):  # pragma: no cover - Python 3.11-3.13 have both
    sre = sre_parse = None

_MAX_CLASS = 8  # a character class of at most this many plain characters counts as literals

# a literal a match must contain, and whether it is compared ignoring case
Needed = frozenset[tuple[str, bool]]


# a clause mark or a space alone is in nearly every sentence: a set holding one lets nearly every
# line through ("，" after "……以来" would pass every other sentence to the background table)
_EVERYWHERE = frozenset("，,。、；;：: \u3000")


def _better(a: Needed | None, b: Needed | None) -> Needed | None:
    """Of two sets of literals (a match holds one of each set), the more selective one: no clause
    mark alone in it, then the longest shortest literal, then the fewest literals."""
    if a is None or b is None:
        return a if b is None else b
    key_a = (not any(s in _EVERYWHERE for s, _ in a), min(len(s) for s, _ in a), -len(a))
    key_b = (not any(s in _EVERYWHERE for s, _ in b), min(len(s) for s, _ in b), -len(b))
    return b if key_b > key_a else a


def _needed(items: Any, ignore_case: bool) -> Needed | None:
    """Literals one of which every match of this sequence of parsed items contains, or None."""
    best: Needed | None = None
    run: list[str] = []
    for op, value in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(value))
            continue
        if run:
            best = _better(best, frozenset({("".join(run), ignore_case)}))
            run = []
        found: Needed | None = None
        if op is sre.SUBPATTERN:
            _, add, remove, inner = value
            case = (ignore_case or bool(add & sre.SRE_FLAG_IGNORECASE)) and not remove & sre.SRE_FLAG_IGNORECASE
            found = _needed(inner, case)
        elif op is sre.BRANCH:
            options = [_needed(alternative, ignore_case) for alternative in value[1]]
            found = None if any(o is None for o in options) else frozenset().union(*options)  # type: ignore[arg-type]
        elif op in _REPEATS:
            low, _, inner = value
            found = _needed(inner, ignore_case) if low >= 1 else None
        elif op is sre.IN and 0 < len(value) <= _MAX_CLASS and all(kind is sre.LITERAL for kind, _ in value):
            found = frozenset((chr(code), ignore_case) for _, code in value)
        best = _better(best, found)
    return best


class Prefilter:
    """Says when a text holds none of the literals a pattern needs (so the pattern cannot match
    it): one search of the plain literals, one of those compared ignoring case (Latin words of an
    (?i) pattern) where there are any. Plain literals alone let `re` skip along the text by their
    first characters; a single (?i) word among them would turn that off.

    `lowered` (for Latin text, whose literals mostly have case): every literal lower-cased and
    searched plainly in the text lower-cased, one search `re` can skip along; an ASCII literal in
    the text, in any case, is in its lower-cased form too (a text holding one of the letters `re`
    matches ignoring case that lower() does not give goes to the pattern)."""

    __slots__ = ("_cased", "_cased_gate", "_cased_lowered", "_gate_letter", "_lowered", "_plain")

    def __init__(self, needed: Needed, *, lowered: bool = False, cased_lowered: bool = False) -> None:
        plain = {s for s, case in needed if not case or not has_case(s)}
        cased = {s for s, case in needed if case and has_case(s)}
        ascii_only = all(s.isascii() for s, _ in needed)  # a letter's lower case hangs on it alone
        self._lowered = _words({s.lower() for s, _ in needed}, "") if lowered and ascii_only else None
        self._plain = _words(plain, "")
        self._cased = _words(cased, "(?i)")
        # `cased_lowered` (a table of Chinese and Latin lines): the literals with case, where
        # their only letters with case are ASCII ("Copyright", "ICP备"), are searched lower-cased
        # in the text lower-cased, as `lowered` does; a (?i) search is slow on Chinese text
        self._cased_lowered: re.Pattern[str] | None = None
        if cased_lowered and self._lowered is None and cased and all(map(_ascii_cased, cased)):
            self._cased_lowered, self._cased = _words({s.lower() for s in cased}, ""), None
        # a (?i) search of Latin words ("instructions", "prompts") costs a Chinese sentence more
        # than all its plain literals: where every letter with case is ASCII, a match needs a
        # Latin letter (or one `re` takes for one, _LATIN_CASED) in the text, one class scan
        self._cased_gate = _LATIN_CASED if self._cased is not None and all(map(_ascii_cased, cased)) else None
        # ... and where every one of those words holds a letter `re` takes only in its two cases
        # ("o" of "instructions" and "prompts"), the gate is two finds of that letter: the class
        # scan cost a Chinese sentence ~4 K instructions, a find ~0.3 K (issue 14)
        self._gate_letter = _shared_letter(cased) if self._cased_gate is not None else None

    def may_match(self, text: str) -> bool:
        """False only when the pattern cannot match `text` anywhere."""
        if self._lowered is not None:
            return _ODD_CASE.search(text) is not None or self._lowered.search(text.lower()) is not None
        if self._plain is not None and self._plain.search(text):
            return True
        if self._cased_lowered is not None:
            return _ODD_CASE.search(text) is not None or self._cased_lowered.search(text.lower()) is not None
        if self._gate_letter is not None:
            lower, upper = self._gate_letter
            if lower not in text and upper not in text:
                return False  # no "o" or "O": none of the words, in any case
        elif self._cased_gate is not None and self._cased_gate.search(text) is None:
            return False  # no Latin letter: no Latin word, in any case
        return self._cased is not None and self._cased.search(text) is not None


def _ascii_cased(literal: str) -> bool:
    """Whether every character of `literal` with a case is an ASCII letter."""
    return all(c.isascii() or not has_case(c) for c in literal)


# the letters `re` ignoring case takes for a Latin one that str.lower() does not give (İ, ı, ſ;
# lower() also makes two characters of İ)
_ODD_CASE = re.compile("[\u0130\u0131\u017f]")
# every character `re` ignoring case matches to an ASCII letter: the letters, İ, ı, ſ and the
# Kelvin sign (tests/test_prefilter.py reads every code point)
_LATIN_CASED = LazyPattern("[A-Za-z\u0130\u0131\u017f\u212a]")


# the ASCII letters `re`, ignoring case, matches only to themselves in either case (i, k and s
# it also matches to İ and ı, the Kelvin sign, ſ: tests/test_stop_rows.py reads every code point)
_TWO_CASED = frozenset("abcdefghjlmnopqrtuvwxyz")


def _shared_letter(literals: set[str]) -> tuple[str, str] | None:
    """A letter of `_TWO_CASED` every one of `literals` holds (in some case), as (lower, upper)."""
    shared = _TWO_CASED.intersection(*(literal.lower() for literal in literals))
    return (min(shared), min(shared).upper()) if shared and literals else None


def has_case(literal: str) -> bool:
    """Whether ignoring case could let another character stand for one of these (Han characters
    and punctuation have no case: compared plainly, they match the same texts)."""
    return any(c.lower() != c or c.upper() != c or c.casefold() != c for c in literal)


def _words(literals: set[str], flags: str) -> re.Pattern[str] | None:
    if not literals:
        return None
    ordered = sorted(literals, key=lambda s: (-len(s), s))  # the longest first where one holds another
    return compiled(flags + "|".join(map(re.escape, ordered)))  # kept between runs (text/regex_cache)


def literal_prefilter(
    pattern: re.Pattern[str] | str, *, lowered: bool = False, cased_lowered: bool = False
) -> Prefilter | None:
    """A quick test for texts `pattern` cannot match anywhere (search, match or fullmatch), or
    None when some branch of it needs no literal at all (`lowered`, `cased_lowered`: see
    `Prefilter`). The pattern may be given as text: a prefilter that turns every line away spares
    compiling the pattern."""
    if sre_parse is None:  # pragma: no cover - see the imports
        return None
    source, flags = (pattern, 0) if isinstance(pattern, str) else (pattern.pattern, pattern.flags)
    try:
        parsed = sre_parse.parse(source, flags & ~re.UNICODE)
    except (re.error, TypeError, ValueError, AttributeError):  # pragma: no cover - a pattern `re` compiled parses again
        return None
    needed = _needed(parsed, bool(flags & re.IGNORECASE))
    return Prefilter(needed, lowered=lowered, cased_lowered=cased_lowered) if needed else None


def branch_prefilter(pattern: str) -> tuple[Prefilter | None, tuple[Needed | None, ...] | None]:
    """`literal_prefilter(pattern)` and, where `pattern` is one alternation of top-level branches
    (each row of a table in its group), the literals each branch needs (None: none it must hold),
    read off the same parse: a table's rows each behind their own literals cost a cold start no
    second parse (`text/row_gates.py`). The branches are None where the parser merged them."""
    if sre_parse is None:  # pragma: no cover - see the imports
        return None, None
    try:
        parsed = list(sre_parse.parse(pattern, 0))
    except (re.error, TypeError, ValueError, AttributeError):  # pragma: no cover - as literal_prefilter
        return None, None
    if len(parsed) != 1 or parsed[0][0] is not sre.BRANCH:
        needed = _needed(parsed, False)
        return (Prefilter(needed) if needed else None), None
    each = tuple(_needed(branch, False) for branch in parsed[0][1][1])
    # what `_needed` reads off a lone alternation: the union of its branches', or None
    found = [n for n in each if n is not None]
    joint: Needed | None = frozenset().union(*found) if len(found) == len(each) else None
    return (Prefilter(joint) if joint else None), each
