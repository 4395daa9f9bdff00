"""A regular expression compiled on its first use, for the many a Chinese brief never runs.

`re.compile` of a pattern with a Han range or a long word list costs 0.5–5 ms (its character
sets are built in Python), and a module-level constant pays that at import, on every start,
whether or not the text ever reaches it: English caption openings on a Chinese run, a rare
dateline form, the half-width `!?` sentence splitter. `LazyPattern` holds the text and compiles
on the first call of one of its methods; the compiled pattern's own methods then take the
methods' place on the instance, so every later call goes straight to `re` (no wrapper frame:
hot patterns cost what a plain `re.Pattern` costs).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

from citebrief.text.regex_cache import compiled

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """`re.compile(pattern, flags)`, deferred; `.pattern` and `.flags` are there before it is."""

    def __init__(self, pattern: str, flags: int | re.RegexFlag = 0) -> None:
        self.pattern = pattern
        self.flags = int(flags)

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now, on the first call, or read from text/regex_cache), its
        methods bound in place of these."""
        regex = compiled(self.pattern, self.flags)
        self.__dict__.update({name: getattr(regex, name) for name in _METHODS})
        self.__dict__["compiled"] = lambda: regex
        return regex

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags})"

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]:
        return self.compiled().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)
