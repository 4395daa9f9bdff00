"""An English person named by two initials and a surname: "AP McCoy", "JK Rowling".

`en_actors.is_person` takes a surname for a person's where the article writes a given name before
it ("Ram Manohar"); initials are no such word, and a jockey the article calls "AP McCoy" and
"McCoy" read as no person, so "He told Racemail …" after him went unnamed (en-cnndm 96). Two
capitals before a surname are initials only where the article writes them nowhere else: "US",
"UK", "FA" stand alone or before other words too ("the US", "FA Cup" beside "the FA").
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

_TWO_CAPITALS = LazyPattern(r"\b[A-Z]{2}\b")


def initials_before(last: str, text: str) -> bool:
    """Whether `text` (the article) writes two capitals right before the surname `last` ("AP
    McCoy"), and every time it writes those capitals it writes `last` after them."""
    if f" {last}" not in text:
        return False  # (most surnames a name check asks about: no capitals searched for along the article)
    for found in _TWO_CAPITALS.finditer(text):
        if text.startswith(f" {last}", found.end()) and _only_before(found.group(), last, text):
            return True
    return False


def _only_before(initials: str, last: str, text: str) -> bool:
    """Every `initials` that `text` writes as a word stands before " `last`" as a whole word."""
    for found in _TWO_CAPITALS.finditer(text):
        if found.group() == initials:
            end = found.end() + 1 + len(last)
            if not text.startswith(f" {last}", found.end()) or (end < len(text) and text[end].isalnum()):
                return False
    return True
