"""English phrases whose first word leans on the sentence it was cut from: "Fourth Try", "Similar
Loss", "Multiple Stewards", "Whole Lot of Water", "Previous Occasions". Inside the bullet the word
points at something said before (the three tries, the loss it is similar to); as a group's title
it points at nothing, and blind readers of en-cnndm briefs marked such titles as one bullet's
detail. The specific choice (`title_choice.group_title`) weighs them down, so they title a group
only where no other phrase fits; refusing them outright made titles worse (`en_title_vague`).

The words are data (`data/en_leaning_openers.tsv`). A phrase the group's paragraphs write
capitalized is a name ("Second World War", "Main Street") and keeps its weight.

Tried and left (en-cnndm and en-xsum 0-199): "main" ("Main Marker" gave way to "Money Comes", a
clause the chunker reads as a noun phrase); "further" ("Further Action" is what a later step
turns into "Reporters"; without it "Clive Goodman" stayed); "whole" alone ("whole life tariffs"
is a term); "little" ("Little Italy neighborhood", "a little bit": "Shooting" and "Hazard's
Substitution" gave way to worse).
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines

_ARTICLES = ("the", "a", "an", "his", "her", "their", "its")
LEANING_FACTOR = 0.15  # of a phrase's score: below most phrases of the group ("Melee" under "Multiple Stewards")


@cache
def leaning_openers() -> frozenset[str]:
    """The first words that lean on their sentence (`data/en_leaning_openers.tsv`)."""
    return frozenset(data_lines("en_leaning_openers.tsv"))


def leans_on_sentence(phrase: str, texts: list[str]) -> bool:
    """Whether `phrase` (as the bullets write it) opens on a word of `leaning_openers`, or its
    part after "of" does ("McGowan of the Previous Occasions"), of two words or more, and no text
    of `texts` writes it capitalized as a name."""
    words = phrase.split()
    lower = [w.lower() for w in words]
    opening = [0] + [k + 1 for k, w in enumerate(lower) if w == "of"]
    opening += [k + 1 for k in opening if k < len(lower) and lower[k] in _ARTICLES]
    if len(words) < 2 or not any(_leans(lower[k:]) for k in opening if k < len(lower)):
        return False
    return not written_as_name(phrase, texts)


def written_as_name(phrase: str, texts: list[str]) -> bool:
    """Whether a text of `texts` writes `phrase` with each word capitalized, as a name ("Second
    World War"): such a phrase names a thing of its own, whatever its words lean on."""
    named = " ".join(w[:1].upper() + w[1:] for w in phrase.split())
    return any(named in t for t in texts)


def _leans(words: list[str]) -> bool:
    """Whether `words` open on an entry of `leaning_openers` (one word, or two: "whole lot")."""
    found = leaning_openers()
    return words[0] in found or " ".join(words[:2]) in found


def leaning_factor(phrase: str, texts: list[str]) -> float:
    """`LEANING_FACTOR` for a phrase that leans on its sentence (`leans_on_sentence`), else 1."""
    return LEANING_FACTOR if leans_on_sentence(phrase, texts) else 1.0
