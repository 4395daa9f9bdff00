"""Whether an English sentence can be what a bullet's opening "It" or "This" stands for.

`cited_points.carry_antecedent` puts the sentence before in front of a bullet that leans on it.
"It means the Conservatives are…" is well carried by "Last week Labour, Ukip and the Green Party
added their support…" (their support is what "It" means), but "It is the latest footage released by
the militant group…" read worse carried by "One by one the men are murdered.": the sentence holds
people doing things and no thing "It" could be (en-cnndm: a blind reader). A sentence holds such a
thing where a determiner or possessive opens a noun phrase whose head is no person's noun
(`data/en_person_nouns.tsv`: "the men", "a woman").
Only a bullet that says what its "It" is ("It is the latest footage…", "This was a …") is read: an
"It wasn't until …" or "It also turns out …" stands for no thing, and "It means …" may stand for
what people did. Not "He"/"She" (a person): `en_actors.named` misses too many persons to refuse by
it ("According to the video maker, … She wrote …", en-cnndm 34, would go). en-cnndm: 1 of 200
briefs changes (181, the bullet as before the caption rule); en-xsum and the Chinese sets: none.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.lazy_re import LazyPattern

# the bullet says what its "It" or "This" is: a form of "be", then a noun phrase ("It is the latest
# footage", "This was a …", "It's one of …"); not "It wasn't until …", "It is thought that …", "This
# year, …", "It also turns out …", whose "It" stands for no thing
_THING_PRONOUN = LazyPattern(
    r"^(?:It|This)(?:['’]s|\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be))(?:\s+(?:also|now|still|just))?"
    r"\s+(?:the|a|an|one|another|its|their|his|her|our|my|your)\s"
)
_DETERMINER = re.compile(
    r"\b(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|another|each|every)\s+"
    r"(?P<words>(?:[\w’'-]+\s+){0,2}[\w’'-]+)",
    re.IGNORECASE,
)
_HEAD_WORDS = 3  # a determiner's phrase read for its head: up to three words after it


@cache
def person_nouns() -> frozenset[str]:
    """Common nouns for people (`data/en_person_nouns.tsv`): "the men", "a woman"."""
    return frozenset(data_lines("en_person_nouns.tsv"))


def leans_on_thing(text: str) -> bool:
    """True for a bullet that opens by saying what its "It" or "This" is ("It is the latest footage…")."""
    return _THING_PRONOUN.match(text) is not None


def holds_thing(sentence: str) -> bool:
    """Whether `sentence` holds a noun phrase that is no person: a determiner or possessive whose
    next words (up to _HEAD_WORDS) hold no person's noun ("their support", "the new video"; not
    "the men are")."""
    people = person_nouns()  # (a head this near the determiner: "the barefoot captives")
    for m in _DETERMINER.finditer(sentence):
        words = [w.lower().strip("’'") for w in m.group("words").split()[:_HEAD_WORDS]]
        if not any(w in people for w in words):
            return True
    return False


def fits_thing_pronoun(antecedent: str, text: str) -> bool:
    """False where `text` says what its "It"/"This" is and `antecedent` holds no thing it could stand for."""
    return not leans_on_thing(text) or holds_thing(antecedent)
