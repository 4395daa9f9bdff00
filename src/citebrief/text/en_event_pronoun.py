"""Whether an English bullet opens on "It", "This" or "That" standing for the event of the sentence
before it ("It represents a major victory …", "It comes after …", "This was despite …"): the word
after the pronoun is one whose subject is an event (`data/en_event_pronoun_verbs.tsv`), or the
pronoun is/was/became a noun phrase whose head names what an event was — a defeat, a warning, a
milestone (`data/en_event_pronoun_nouns.tsv`: "It is the biggest defeat for the PDP …"). "It said …",
"It also has …", "It is understood that …", "It is the latest footage" stand for a body, a thing or
nothing, and read as they are under the bullet that names it."""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines, word_alternation

VERBS = "en_event_pronoun_verbs.tsv"  # in citebrief.text.data
NOUNS = "en_event_pronoun_nouns.tsv"  # in citebrief.text.data

_PRONOUN = r"^(?:It|This|That)"
_ADVERB = r"(?:(?:also|now|only)\s+)?"
_COPULA = r"(?:['’]s|\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|became|becomes))"
_MODIFIERS = r"(?:[\w'’-]+\s+){0,3}?"  # "the biggest", "an ominous", "a massive" before the head
_PHRASE_ENDS = (  # what may follow the head: the phrase ends ("defeat-shaped" is no end)
    r"(?=\s*(?:[.,;:!?)–—]|$)|\s+-|\s+(?:for|from|of|in|on|at|since|to|that|which|as|after|with|by|than)\b)"
)


@cache
def _opening() -> re.Pattern[str]:
    verbs = rf"{_PRONOUN}\s+{_ADVERB}(?:{word_alternation(data_lines(VERBS))})\b"
    nouns = (
        rf"{_PRONOUN}{_COPULA}\s+{_ADVERB}(?:not\s+)?(?:a|an|the|another)\s+{_MODIFIERS}"
        rf"(?:{word_alternation(data_lines(NOUNS))}){_PHRASE_ENDS}"
    )
    return re.compile(f"{verbs}|{nouns}")


def opens_on_event_pronoun(text: str) -> bool:
    """True for "It represents a major victory …", "This was despite …", "It is the biggest defeat
    for …"; False for "It said …", "It is thought …", "This week …", "It is the latest footage"."""
    return _opening().match(text) is not None
