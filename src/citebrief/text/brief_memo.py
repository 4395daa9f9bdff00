"""What one brief reads off the same text again and again, kept for that brief only.

A brief's title steps (the grouping's phrases, the lead's, the choice's) and its regrouping
read each bullet and paragraph many times over: its words in plain form, its word families,
the capitalized words it opens on. `per_brief` keeps a function's answer for each text until
the next brief starts (`new_brief`, called as `tokenize.new_brief` is), so no answer outlives
the brief it was read for: a process that briefs many documents (the web app) holds at most
one brief's answers, and at most `maxsize` of them a function (past that it computes them
again, unkept). An answer depends on its arguments alone (texts, phrases, tuples of them), so
a brief in another thread that finds one finds a right one; callers only read what they get.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

_TABLES: list[dict[Hashable, object]] = []


def per_brief(maxsize: int) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """A function of texts (positional, hashable arguments), its answers kept for the brief
    under way (at most `maxsize`)."""

    def decorate(function: Callable[P, T]) -> Callable[P, T]:
        table: dict[Hashable, object] = {}
        _TABLES.append(table)

        @wraps(function)
        def kept(*args: P.args, **kwargs: P.kwargs) -> T:
            key = (args, tuple(kwargs.items())) if kwargs else args
            found = table.get(key, _MISSING)
            if found is not _MISSING:
                return found  # type: ignore[return-value]
            value = function(*args, **kwargs)
            if len(table) < maxsize:
                table[key] = value
            return value

        return kept

    return decorate


_MISSING = object()


def new_brief() -> None:
    """Forget what the previous brief kept."""
    for table in _TABLES:
        table.clear()


def kept_answers() -> int:
    """How many answers the brief under way keeps, all functions together (for the tests)."""
    return sum(map(len, _TABLES))
