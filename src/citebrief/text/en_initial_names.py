"""An English person named by two initials and a surname: "AP McCoy", "JK Rowling".

`en_actors.is_person` takes a surname for a person's where the article writes a given name before
it ("Ram Manohar"); initials are no such word, and a jockey the article calls "AP McCoy" and
"McCoy" read as no person, so "He told Racemail …" after him went unnamed (en-cnndm 96). Two
capitals before a surname are initials only where the article writes them nowhere else: "US",
"UK", "FA" stand alone or before other words too ("the US", "FA Cup" beside "the FA").
"""

from __future__ import annotations

from citebrief.text.brief_memo import per_brief
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import starts

_TWO_CAPITALS = LazyPattern(r"\b[A-Z]{2}\b")
_SIZE = 2


def initials_before(last: str, text: str) -> bool:
    """Whether `text` (the article) writes two capitals right before the surname `last` ("AP
    McCoy"), and every time it writes those capitals it writes `last` after them."""
    spaced = f" {last}"
    if spaced not in text:
        return False  # (most surnames a name check asks about: no capitals searched for along the article)
    written = _two_capitals(text)
    for at in starts(spaced, text):
        initials = text[at - _SIZE : at] if at >= _SIZE else ""
        if at in written.get(initials, ()) and _only_before(written[initials], last, text):
            return True
    return False


@per_brief(maxsize=16)
def _two_capitals(text: str) -> dict[str, frozenset[int]]:
    """Where each pair of capitals `text` writes as a word ends, the article read once a brief
    (issue #14: each surname asked about read every pair along it, ~0.3 s a 1,000-paragraph article)."""
    ends: dict[str, set[int]] = {}
    for found in _TWO_CAPITALS.finditer(text):
        ends.setdefault(found.group(), set()).add(found.end())
    return {initials: frozenset(at) for initials, at in ends.items()}


def _only_before(ends: frozenset[int], last: str, text: str) -> bool:
    """Every place that ends a pair of initials (`ends`) stands before " `last`" as a whole word."""
    for at in ends:
        end = at + 1 + len(last)
        if not text.startswith(f" {last}", at) or (end < len(text) and text[end].isalnum()):
            return False
    return True
