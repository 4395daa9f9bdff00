"""English sentences too bare to stand as a bullet: "But he had no concerns whatsoever", "It is a
song that will never die", "In this, the board has failed". Such a sentence opens on a
conjunction or a pronoun that points back (or on "In this," whose "this" is the sentence before),
names no one and gives no figure, and is short: alone under a title it tells the reader nothing
they can use. A group passes it over when it has enough other sentences to pick from.
"""

from __future__ import annotations

import re

from citebrief.text.anaphora import speakerless_quote
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speech_verbs_en import TableWords

WEAK_WORDS = 12  # longer sentences carry a claim of their own, whatever they open on
# the openers that point back, "In this," among them (its "this" is the sentence before)
_OPENS = LazyPattern(
    r"(?:But|And|Yet|So|Or|Still|It|It's|It’s|This|That|These|Those|There|I|We|He|She|They|In th(?:is|at)(?=,))\b"
)
_FIGURE = LazyPattern(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    r"|hundred|thousand|million|billion|half|dozen|first|second|third|last|per cent|percent)\b",
    re.IGNORECASE,
)
_WORD = LazyPattern(r"[A-Za-z][\w'’-]*")


def _names_none(words: list[str]) -> bool:
    """Whether no word after the first is capitalized ("I" and its contractions aside): no name."""
    return not any(w[:1].isupper() and w not in ("I", "I'm", "I’m", "I've", "I’ve") for w in words[1:])


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
    return _names_none(words)


VERDICT_WORDS = 8  # "The team is in good shape": a mood, not a fact; a longer quotation says more
# a quotation and its speaker's tag, nothing else: "'…,' forward Pedro told reporters."
_QUOTE_TAG = LazyPattern(r"['‘\"“](?P<quote>.+?)[,.!?]['’\"”]\s+(?P<tag>[^'‘\"“]+?)\.?$")
_COPULA = LazyPattern(r"\b(?:is|are|was|were|am)\b|['’](?:s|re|m)\b", re.IGNORECASE)
_SAID = TableWords("quoted")
# a thing's state ("The team is…", "This is…", "It's…"); the speaker's own "I'm disappointed" or "We
# are ready" is their news, and "Obviously reaching the finals…" or "Iceland are…" says more than a mood
_THING_OPENS = LazyPattern(r"(?:The|This|That|It|Its|It's|It’s|Their|Our|Everything)\b(?!['’])")
TAG_WORDS = 7


def bare_verdict(text: str) -> bool:
    """A short quotation that only says how a thing stands, then who said it and nothing more:
    "'The team is in good shape,' forward Pedro told reporters." Its speaker's name is no
    content; its words are a mood of no name and no figure that tells the reader nothing to use
    (the speaker's own "I'm disappointed" or "We are ready" is their news, and stays: `_THING_OPENS`)."""
    found = _QUOTE_TAG.match(text.strip())
    if found is None:
        return False
    quote, tag = found["quote"], _WORD.findall(found["tag"])
    words = _WORD.findall(quote)
    if not words or len(words) > VERDICT_WORDS or len(tag) > TAG_WORDS or _SAID.isdisjoint(tag):
        return False
    if _FIGURE.search(quote) or not _COPULA.search(quote) or not _THING_OPENS.match(quote):
        return False
    return _names_none(words)


def strong_first(candidates: list[int], texts: list[str], want: int) -> list[int]:
    """`candidates` without the contentless ones nor bare verdicts (`verdict_lines`), where `want`
    others remain to pick from."""
    bare = verdict_lines(texts)
    strong = [i for i in candidates if not (contentless(texts[i]) or i in bare)]
    return strong if len(strong) >= want else candidates


def verdict_lines(texts: list[str]) -> set[int]:
    """The bare verdicts among `texts` and the quotation's lines that follow each with no speaker of
    their own ("'We have trained hard all month …'"): they lean on the verdict's tag for who speaks,
    and without it no reader knows whose words they are."""
    lines: set[int] = set()
    for i, text in enumerate(texts):
        if bare_verdict(text):
            lines.add(i)
            after = i + 1
            while after < len(texts) and speakerless_quote(texts[after]):
                lines.add(after)
                after += 1
    return lines


def verdicts_dropped(candidates: list[int], texts: list[str], want: int) -> list[int]:
    """`candidates` without the bare verdicts (`verdict_lines`), where `want` others remain to pick from."""
    bare = verdict_lines(texts)
    plain = [i for i in candidates if i not in bare]
    return plain if len(plain) >= want else candidates
