"""Whether an English sentence opening a paragraph on "he" or "she" leans on the paragraph before.

`cited_points.carry_antecedent` carries the sentence before into a bullet that opens on a pronoun,
but only from the bullet's own paragraph (or the passage before, where the tool cut one block):
another paragraph is its own point. A paragraph that opens on "He …" or "A singer and radio DJ,
he …" (`en_framed_pronoun`) right after one that ends on a sentence naming one of the pronoun's
sex by given name and surname ("… is retired teacher Ann Marlow." before "she") is no point of
its own: the writer's break does not change whom the pronoun means, and the bullet alone leaves a
reader asking who. Only he and she, and only a given name that says the pronoun's sex
(`data/en_given_name_sex.tsv`): "They" and "It" may stand for things, "Los Angeles" is no one,
and a "he" after "… said Ann Marlow." is someone else.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.text.en_actors import given_name_sex, is_person, named
from citebrief.text.en_framed_pronoun import pronoun_after_frame_en
from citebrief.text.latin_letters import LOWER, UPPER
from citebrief.text.lazy_re import LazyPattern

_HE_SHE = LazyPattern(r"(?:He|She)\b(?!['’]s\b)")
_PRONOUN = LazyPattern(r"\b(?:[Hh]e|[Ss]he)\b")
# each capitalised word with those after it: "Scotsman Ann Marlow" and "Ann Marlow" (a lookahead: runs overlap)
_NAME_RUN = LazyPattern(rf"\b(?=(?P<name>(?P<given>[{UPPER}][{LOWER}]+)(?: [{UPPER}][{LOWER}'’-]+)+))")


def opens_on_he_or_she(text: str) -> bool:
    """True for "He performs …" and "A singer and radio DJ, she performs …" (`en_framed_pronoun`)."""
    return _HE_SHE.match(text) is not None or pronoun_after_frame_en(text)


def names_whom(sentence: str, text: str, sentences: Sequence[str]) -> bool:
    """Whether `sentence` names, by a given name and surname (`en_actors.is_person` over the
    article's `sentences`), a person of the sex of the first he or she of `text`."""
    pronoun = _PRONOUN.search(text)
    if pronoun is None:
        return False
    sex = pronoun.group().lower()
    for run in _NAME_RUN.finditer(sentence):
        if given_name_sex().get(run.group("given"), "").lower() == sex and is_person(run.group("name"), sentences):
            return True
    return False


def says_whom(sentence: str, text: str, sentences: Sequence[str]) -> bool:
    """Whether `sentence` says whom `text`'s he or she is: the person it opens on or quotes
    (`en_actors.named`), or one of that sex it names further on (`names_whom`)."""
    return is_person(named(sentence), sentences) or names_whom(sentence, text, sentences)


def leans_across(text: str, before: str, sentences: Sequence[str]) -> bool:
    """Whether `text`, a paragraph's first sentence, opens on he or she and the sentence `before`
    it, the last of the paragraph before, names a person of that sex (`names_whom`)."""
    return opens_on_he_or_she(text) and names_whom(before, text, sentences)
