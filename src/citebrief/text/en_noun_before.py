"""An English sentence whose subject is a thing named by "the" and its noun alone, a noun only the
sentence before introduces: "Officials say the videos were taken before October 2011" after "An
investigation also uncovered videos of the martial arts expert … touching … adolescent males"
(en-cnndm 114, absolute blind read: "refers to videos the brief never introduces").

`cited_points.carry_antecedent` carries that sentence where no other sentence of the brief names
the noun; `text.en_back_reference` reads a closed list of such nouns ("The decision was …")
whatever the sentence before says, this reads any noun, but only where the sentence before says it
without "the" (there it is new: "uncovered videos of", "a complaint").
"""

from __future__ import annotations

import re

from citebrief.text.lazy_re import LazyPattern

# the subject "the <noun>" before an auxiliary, first in the sentence or after a short "Officials
# say (that)"; not "The latest figures" (an adjective first: the verb must follow the noun)
_SUBJECT = LazyPattern(
    r"(?:The|(?:[A-Z][a-z]+ ){1,2}(?:say|says|said)(?: that)? the) (?P<noun>[a-z]{4,})"
    r" (?:were|was|are|is|have|had|has)\b"
)


def subject_noun(text: str) -> str | None:
    """The noun of an English sentence's opening subject "the <noun>" before its auxiliary verb
    ("Officials say the videos were taken …": "videos"); None where it opens otherwise."""
    found = _SUBJECT.match(text)
    return found.group("noun") if found else None


def _forms(noun: str) -> str:
    """A pattern for the noun, singular or plural ("video", "videos")."""
    stem = noun[:-1] if noun.endswith("s") else noun
    return rf"\b{re.escape(stem)}s?\b"


def introduced_before(noun: str, before: str) -> bool:
    """Whether the sentence `before` says `noun` (or its singular or plural) and never after "the",
    "this", "that", "these", "those" or a possessive: there the thing is new to the reader."""
    said = [m.start() for m in re.finditer(_forms(noun), before, re.IGNORECASE)]
    if not said:
        return False
    led = re.compile(r"(?:\b(?:the|this|that|these|those|its|their|his|her)|['’]s?)\s+(?:[\w-]+\s+){0,2}$", re.I)
    return not any(led.search(before[:at]) for at in said)


def named_in(noun: str, sentences: list[str]) -> bool:
    """Whether any of `sentences` says the noun (singular or plural)."""
    form = re.compile(_forms(noun), re.IGNORECASE)
    return any(form.search(sentence) for sentence in sentences)
