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
A sentence about something else that names its one person only as an owner inside its clause ("…the new
complaint alleged that the school district was aware of Jane Doe's behaviour but failed to act against
her.") is no sentence about who "She allegedly…" is: carried, it glues the lawsuit's point to hers
(en-cnndm 112 as pasted: two readers). The bullet stands on its own "She", as it does where the
sentence before names no one.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_thing_antecedent import person_nouns
from citebrief.text.lazy_re import LazyPattern

_PERSON_OPENING = LazyPattern(r"^(?:He|His|She|Her)\b(?!['’]s\b)")
_ARTICLES = frozenset({"A", "An", "The"})  # an opening word that is surely no name
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
# an owner's name: a run of capitalised words closing on "'s" ("Jane Doe's")
_OWNER_RUN = LazyPattern(r"(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*['’]s\b")
# a first word that is surely no name: an article, a preposition or joiner, or an adverb in "-ly" opening a
# clause ("Similarly to the first lawsuit, …", "Separately, …")
_PLAIN_OPENING = LazyPattern(r"^(?:(?:The|A|An|In|On|At|As|But|And)\s|[A-Z][a-z]+ly(?:,|\s+to\s))")
_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})  # a person who acts in the sentence


@cache
def _pronouns() -> frozenset[str]:
    return frozenset(data_lines("en_person_pronouns.tsv"))


@cache
def _people() -> frozenset[str]:
    return _pronouns() | person_nouns()


def holds_no_one(sentence: str) -> bool:
    """True where `sentence` names no one: it opens on an article and has no capitalised word after
    it, no person's pronoun and no noun for people ("A slow motion look at the clip captures the ball.")."""
    words = _WORD.findall(sentence)
    if not words or words[0] not in _ARTICLES or any(w[0].isupper() for w in words[1:]):
        return False  # a name, or a word the sentence cannot tell from one ("Green, who was jailed …")
    return not any(w.lower().strip("’'") in _people() for w in words)


def names_only_owners(sentence: str) -> bool:
    """True where `sentence` opens on no name and names people only as owners inside its clause ("…aware
    of Jane Doe's behaviour but failed to act against her"): no other capitalised word past its first, no
    he/she/they who acts and no noun for people. An object's "her" or an owner's "his" is no one who acts."""
    rest = sentence.partition(" ")[2]
    if _PLAIN_OPENING.match(sentence) is None or _OWNER_RUN.search(rest) is None:
        return False
    if any(word[0].isupper() for word in _WORD.findall(_OWNER_RUN.sub(" ", rest))):
        return False  # a name, or a word the sentence cannot tell from one, that is no owner
    words = {w.lower().strip("’'") for w in _WORD.findall(sentence)}
    return not words & _SUBJECT_PRONOUNS and not words & person_nouns()


def fits_person_pronoun(antecedent: str, text: str) -> bool:
    """False where `text` opens on he/his/she/her and `antecedent` holds no one it could stand for, or
    names its person only as an owner inside a sentence about something else (`names_only_owners`)."""
    return _PERSON_OPENING.match(text) is None or not (holds_no_one(antecedent) or names_only_owners(antecedent))
