r"""Where a text writes a name as a whole word, found with `str.find`, no pattern compiled per name.

English title and overview rules look for the names of each brief (`(?<![\w'’-])Douglas\sBader
(?![\w'’-])`): one pattern per name cost a compile on the brief's first ask (~0.1–0.3 ms each,
~60 over 50 en-cnndm briefs, most of them in `en_overview_deed`, `en_overview_place` and
`en_overview_event`). The name is a literal, so its places are found by `str.find` and its edges
by the same character tests `re` makes (`\w` is `str.isalnum()` or "_", `\s` is
`str.isspace()`): the same spans, in the same order, as `re.finditer` gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_JOINERS = "'’-"  # a name's edge may not touch these either ("O'Neill", "Smith-Jones")


def _inside_word(char: str) -> bool:
    return char.isalnum() or char == "_" or char in _JOINERS


def _end_at(words: list[str], text: str, at: int, *, closed: bool = True) -> int:
    """Where `words` (one whitespace character apart) end if the text writes them at `at`,
    nothing of a word right before (nor after, where `closed`); else -1."""
    if at > 0 and _inside_word(text[at - 1]):
        return -1
    first = words[0] if words else ""
    if not text.startswith(first, at):
        return -1
    end = at + len(first)
    for word in words[1:]:
        if end >= len(text) or not text[end].isspace() or not text.startswith(word, end + 1):
            return -1
        end += 1 + len(word)
    return -1 if closed and end < len(text) and _inside_word(text[end]) else end


def name_spans(name: str, text: str) -> Iterator[tuple[int, int]]:
    r"""(start, end) of each place the text writes `name` whole, its words one
    whitespace character apart: the spans of `re.finditer(r"(?<![\w'’-])" +
    r"\s".join(map(re.escape, name.split())) + r"(?![\w'’-])", text)`, none overlapping."""
    return _spans(name.split(), text, 0)


def phrase_spans(phrase: str, text: str) -> Iterator[tuple[int, int]]:
    r"""(start, end) of each place the text writes `phrase` as it is, whole: the spans of
    `re.finditer(r"(?<![\w'’-])" + re.escape(phrase) + r"(?![\w'’-])", text)`."""
    return _spans([phrase], text, 0)


def _spans(words: list[str], text: str, start: int) -> Iterator[tuple[int, int]]:
    first = words[0] if words else ""
    at = text.find(first, start)
    while at >= 0:
        end = _end_at(words, text, at)
        if end < 0:
            at = text.find(first, at + 1)
            continue
        yield at, end
        at = text.find(first, end if end > at else end + 1)  # an empty match: the next place on


def name_at(name: str, text: str, at: int = 0) -> int:
    """Where `name` ends if the text writes it whole at `at` (as `name_spans` finds it); else -1."""
    return _end_at(name.split(), text, at)


def name_then(name: str, text: str, tail: re.Pattern[str]) -> Iterator[tuple[int, re.Match[str]]]:
    r"""(start, the tail's match) of each place the text writes `name`, nothing of a word right
    before it, and `tail` matches right after it ("'s" and what follows): the matches of
    `re.finditer(r"(?<![\w'’-])" + r"\s".join(map(re.escape, name.split())) + tail.pattern, text)`,
    in order, the next looked for past the last's end."""
    words = name.split()
    first = words[0] if words else ""
    at = text.find(first)
    while at >= 0:
        end = _end_at(words, text, at, closed=False)
        matched = tail.match(text, end) if end >= 0 else None
        if matched is None:
            at = text.find(first, at + 1)
            continue
        yield at, matched
        at = text.find(first, matched.end() if matched.end() > at else at + 1)
