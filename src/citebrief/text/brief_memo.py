"""What one brief reads off the same text again and again, kept for that brief only.

A brief's title steps (the grouping's phrases, the lead's, the choice's) and its regrouping
read each bullet and paragraph many times over: its words in plain form, its word families,
the capitalized words it opens on. `per_brief` keeps a function's answer for each text until
the next brief starts (`new_brief`, called as `tokenize.new_brief` is), so no answer outlives
the brief it was read for: a process that briefs many documents (the web app) holds at most
one brief's answers, and at most `maxsize` of them a function (past that the answer asked
least recently is given up). An answer depends on its arguments alone (texts, phrases, tuples
of them), so a brief in another thread that finds one finds a right one; callers only read what
they get.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import _lru_cache_wrapper, lru_cache
from typing import ParamSpec, TypeVar, cast

P = ParamSpec("P")
T = TypeVar("T")

_TABLES: list[_lru_cache_wrapper[object]] = []


def per_brief(maxsize: int) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """A function of texts (positional, hashable arguments), its answers kept for the brief
    under way (at most `maxsize`, the least recently asked given up first). The table is the
    standard library's, kept in C: a look-up in a wrapper of Python cost ~0.4 µs more, and a
    brief asks ~560 of them."""

    def decorate(function: Callable[P, T]) -> Callable[P, T]:
        kept = lru_cache(maxsize=maxsize)(function)
        _TABLES.append(kept)
        return cast("Callable[P, T]", kept)

    return decorate


def new_brief() -> None:
    """Forget what the previous brief kept."""
    for table in _TABLES:
        table.cache_clear()


def kept_answers() -> int:
    """How many answers the brief under way keeps, all functions together (for the tests)."""
    return sum(table.cache_info().currsize for table in _TABLES)
