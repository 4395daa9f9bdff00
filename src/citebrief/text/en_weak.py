"""English sentences too bare to stand as a bullet: "But he had no concerns whatsoever", "It is a
song that will never die". Such a sentence opens on a conjunction or a pronoun that points back,
names no one and gives no figure, and is short: alone under a title it tells the reader nothing
they can use. A group passes it over when it has enough other sentences to pick from.
"""

from __future__ import annotations

import re

from citebrief.text.lazy_re import LazyPattern

WEAK_WORDS = 12  # longer sentences carry a claim of their own, whatever they open on
_OPENS = LazyPattern(r"(?:But|And|Yet|So|Or|Still|It|It's|It’s|This|That|These|Those|There|I|We|He|She|They)\b")
_FIGURE = LazyPattern(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    r"|hundred|thousand|million|billion|half|dozen|first|second|third|last|per cent|percent)\b",
    re.IGNORECASE,
)
_WORD = LazyPattern(r"[A-Za-z][\w'’-]*")


def contentless(text: str) -> bool:
    """A short English sentence that opens on "But", "And", "It", "This", "He" ... and says no
    name (a capitalized word after the first, "I" aside) and no figure."""
    if not _OPENS.match(text.lstrip("'‘\"“")):
        return False  # most sentences: their words never listed
    words = _WORD.findall(text)
    if not words or len(words) > WEAK_WORDS:
        return False
    if _FIGURE.search(text):
        return False
    return not any(w[:1].isupper() and w not in ("I", "I'm", "I’m", "I've", "I’ve") for w in words[1:])


def strong_first(candidates: list[int], texts: list[str], want: int) -> list[int]:
    """`candidates` without the contentless ones, where `want` others remain to pick from."""
    strong = [i for i in candidates if not contentless(texts[i])]
    return strong if len(strong) >= want else candidates
