"""Whether an English sentence can be who a bullet's opening "He"/"His"/"She"/"Her" stands for.

`cited_points.carry_antecedent` puts the sentence before in front of a bullet that leans on it, so
that the bullet says who its pronoun is. A sentence that holds no one cannot say that: "A slow motion
look at the clip captures the trajectory of the ball, which bounces off the backboard…" carried in
front of "His mother Lucy, 32, said: …" joins two unrelated sentences into one bullet and still leaves
"His" no one (en-cnndm 4: a blind reader). Such a sentence names no one: it opens on an article
and has no capitalised word past it ("Green, who was jailed …", "McElroy, who is …" open on a name),
no person's pronoun (`data/en_person_pronouns.tsv`) and no common noun for people
(`data/en_person_nouns.tsv`). Only he, his, she and her are read: "They"/"Their" may stand for things.
Only the bullet's shown text leaves such a sentence out: the grouping still weighs the bullet by both
(`en_joined_words`), so it keeps the group the writer's order gave it (as pasted, en-cnndm 4 lost its
"Viral Clip" group and the overview its academy point when the grouping weighed "His mother" alone).
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.lazy_re import LazyPattern

_PERSON_OPENING = LazyPattern(r"^(?:He|His|She|Her)\b(?!['’]s\b)")
_ARTICLES = frozenset({"A", "An", "The"})  # an opening word that is surely no name
_WORD = re.compile(r"[A-Za-z][\w’'-]*")


@cache
def _people() -> frozenset[str]:
    return frozenset(data_lines("en_person_pronouns.tsv")) | frozenset(data_lines("en_person_nouns.tsv"))


def holds_no_one(sentence: str) -> bool:
    """True where `sentence` names no one: it opens on an article and has no capitalised word after
    it, no person's pronoun and no noun for people ("A slow motion look at the clip captures the ball.")."""
    words = _WORD.findall(sentence)
    if not words or words[0] not in _ARTICLES or any(w[0].isupper() for w in words[1:]):
        return False  # a name, or a word the sentence cannot tell from one ("Green, who was jailed …")
    return not any(w.lower().strip("’'") in _people() for w in words)


def fits_person_pronoun(antecedent: str, text: str) -> bool:
    """False where `text` opens on he/his/she/her and `antecedent` holds no one it could stand for."""
    return _PERSON_OPENING.match(text) is None or not holds_no_one(antecedent)
