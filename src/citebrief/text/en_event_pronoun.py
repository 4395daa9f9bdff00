"""Whether an English bullet opens on "It", "This" or "That" standing for the event of the sentence
before it ("It represents a major victory …", "It comes after …", "This was despite …"): the word
after the pronoun is one whose subject is an event (`data/en_event_pronoun_verbs.tsv`). "It said …",
"It also has …", "It is understood that …" stand for a body, a thing or nothing, and read as they are
under the bullet that names it."""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines, word_alternation

VERBS = "en_event_pronoun_verbs.tsv"  # in citebrief.text.data


@cache
def _opening() -> re.Pattern[str]:
    return re.compile(rf"^(?:It|This|That)\s+(?:(?:also|now|only)\s+)?(?:{word_alternation(data_lines(VERBS))})\b")


def opens_on_event_pronoun(text: str) -> bool:
    """True for "It represents a major victory …", "This was despite …"; False for "It said …",
    "It is thought …", "This week …"."""
    return _opening().match(text) is not None
