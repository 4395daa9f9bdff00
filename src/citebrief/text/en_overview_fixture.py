"""An English overview titled by a team's (or a player's) name alone, where the lead writes the
match the story looks ahead to or reports as the name's own: "the Italian looked ahead to Real
Madrid's Champions League clash with Atletico Madrid" is a story about that match, and blind
readers scored the bare "Real Madrid" and "West Brom" low (a subject, not the event). The title
takes the phrase as the lead writes it: "Real Madrid's Champions League Clash with Atletico
Madrid", "West Brom's Home Clash with Leicester".

Reads the lead's first two sentences (where the overview's name is found): the name's possessive,
at most three words (a competition's name, "home", "FA Cup"), one noun of a match (`_MATCH_NOUNS`),
then "with"/"against" and the opponent's capitalised name (one to three words). Only the overview's
own name owns the match: "Aston Villa's 2-1 victory against Liverpool" in a story titled "Shay
Given" is what Given's news follows, not what it is. A phrase as written is grounded for
`bench/brief_checks.py` by `en_overview_deed.grounded` (name, then the rest as written).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from citebrief.text.en_overview_event import name_words
from citebrief.text.lazy_re import LazyPattern

# nouns of one match between two sides; not "game" (a video game's), not "final" (won, lost, of
# a tournament), not "derby" (a race's), whose "with" may be a kit maker's or a sponsor's
_MATCH_NOUNS = ("clash", "showdown", "encounter", "meeting", "tie", "fixture")
MAX_MATCH_MODIFIERS = 3  # "Champions League", "FA Cup semi-final", "home"
_MODIFIER = r"[\w-]+"
_OPPONENT = r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}"
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*\s$")  # a capitalised word right before the name
_NOUNS = "|".join(_MATCH_NOUNS)
_MATCH = LazyPattern(
    rf"['’]s\s((?:{_MODIFIER}\s){{0,{MAX_MATCH_MODIFIERS}}}(?:{_NOUNS})\s(?:with|against)\s{_OPPONENT})(?![\w'’-])"
)
# the boundary before the name, compiled once: the name changes with every article, and a pattern
# that held it beside these word classes was compiled anew each time (~1 ms)
_STARTS_WORD = LazyPattern(r"(?<![\w'’-])")


def fixture_event(subject: str, opening: list[str], used: set[str]) -> str:
    """`subject`'s match as the `opening` sentences write it right after its possessive ("Real
    Madrid's Champions League clash with Atletico Madrid"), where `subject` is a bare name; else
    `subject`. `used` gains the phrase and keeps the name: a group titled by the name alone
    would repeat the overview."""
    if not name_words(subject.split()):
        return subject
    for sentence in opening:
        for start, end in _name_matches(subject, sentence):
            if _NAME_BEFORE.search(sentence, 0, start):
                continue  # the tail of a longer name ("Real Madrid's" for "Madrid")
            phrase = sentence[start:end]
            used.add(phrase.casefold())
            return phrase
    return subject


def _name_matches(name: str, sentence: str) -> Iterator[tuple[int, int]]:
    """The spans of `name` written on a word's start and followed by its match (`_MATCH`), left to
    right and not overlapping, as `re.finditer` would find them."""
    position = sentence.find(name)
    while position >= 0:
        match = _STARTS_WORD.match(sentence, position) and _MATCH.match(sentence, position + len(name))
        if match:
            yield position, match.end()
            position = sentence.find(name, match.end())
        else:
            position = sentence.find(name, position + 1)
