"""A bare number before a capitalised word that belongs to the noun phrase after it.

A caption may end on a figure ("… found Carrion-Moore, 23 | Carrion-Moore was …", "… stripped of
his title in 2012 | Chief executive Ross McEwan said …"), so text/captions.py cuts between a
number and a name with a finite verb. But a number also counts or dates a phrase whose head is
capitalised: "set up 67 Facebook profiles to bombard her" read as "Facebook profiles (verb) to"
cut one claim in two, each half a broken bullet. Two shapes keep the number with its phrase:

- a count: a number after a lower-case word (not "aged", not a year) and a capitalised run that
  ends in a plural, either the next lower-case noun ("67 Facebook profiles", "3 Premier League
  titles") or an acronym's plural ("12 Labour MPs voted");
- a modifier: a number between a determiner with an adjective and the name ("The original 1959
  Barbie Doll has been reproduced").
"""

from __future__ import annotations

import re

from citebrief.text.en_chunks import word_classes

_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_COUNT = re.compile(r"\d[\d,]*")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that"})
_NOT_PLURAL = frozenset({"is", "was", "has", "does", "says", "this", "its", "his", "us", "as", "yes"})


def _bare(word: str) -> str:
    return word.strip("'’‘\"“”()[],;:.")


def _plural_noun(word: str) -> bool:
    """'profiles', 'titles': a lower-case plural that can be a noun (a verb too, or not)."""
    bare = _bare(word)
    if bare != word.rstrip(",;:.") or not bare.isalpha() or not bare[:1].islower():
        return False
    if not bare.endswith("s") or bare.endswith(("ss", "us")) or bare in _NOT_PLURAL:
        return False
    return "NOUN" in word_classes(bare)


def _counts(words: list[str], index: int, position: int) -> bool:
    """'… set up 67 Facebook profiles to …': the number counts the phrase words[index:position+1]."""
    number, before = words[index - 1], words[index - 2] if index > 1 else ""
    if not _COUNT.fullmatch(number) or _YEAR.fullmatch(number) or number in {"0", "1"}:
        return False
    if not before[:1].islower() or before.endswith((",", ";", ":")) or _bare(before).lower() == "aged":
        return False  # "Pama, 42", "aged 42 Smith looks on": an age ends a caption
    if _ACRONYM_PLURAL.fullmatch(_bare(words[position - 1])):
        return True  # "12 Labour MPs voted"
    return position < len(words) and _plural_noun(words[position])


def _modifies(words: list[str], index: int) -> bool:
    """'The original 1959 Barbie Doll has': a number after a determiner and an adjective."""
    if index < 3 or not _COUNT.fullmatch(words[index - 1]):
        return False
    adjective, determiner = _bare(words[index - 2]), words[index - 3]
    if not adjective.isalpha() or not adjective[:1].islower() or determiner.lower() not in _DETERMINERS:
        return False
    classes = word_classes(adjective)
    return "ADJ" in classes and "VERB" not in classes


def number_in_phrase(words: list[str], index: int, position: int) -> bool:
    """Whether the number before `index` belongs to the capitalised run words[index:position] and
    what follows it, so no caption ends on the number."""
    if index < 2 or position <= index:
        return False
    return _counts(words, index, position) or _modifies(words, index)
