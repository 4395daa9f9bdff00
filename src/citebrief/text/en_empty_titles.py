"""English phrases made only of a judgement or degree and abstract nouns: "Maximum Personal
Comfort", "Unique Look", "Stressful Moment". Each word is the group's (the specific choice,
`title_choice.group_title`, can rank such a phrase first), yet the phrase names no person, place,
body or thing the reader can find in the bullets: it says how something was, not what. The choice
weighs it down by half, so a phrase of the group that names something and scores at least half as
well titles it ("Lower Deck Designs" over the crew bunks' features); nor does such a phrase take
the chosen title's place as what more bullets say (`en_title_choice.en_group_title`: "Personal
Comfort").

Narrow on purpose: weighing down every phrase `en_title_vague` calls vague moved en-cnndm titles
mostly for the worse ("Weight Loss" gave way to "Working"), and so did superlatives alone. Only a
phrase whose every word is of the table (`data/en_empty_title_words.tsv`), a judgement among them
and an abstract noun at its head, is empty; a phrase the group's paragraphs write capitalized is a
name and keeps its weight.

Tried and left (en-cnndm and en-xsum 0-199): a factor of 0.15 (as `en_leaning_openers`) let weak
one-bullet phrases in: "Stressful Moment" gave way to "Adanced Towing" (a typo of the source),
"Respectful Treatment" to "Football Club"; besides the bunks, "Unusual Step" to "Team Line-up" was the one gain.
"deepest", "newest": "Deepest Conviction" gave way to "Destructive War" of the same quote,
"Newest Complaint" to "Initial Appearances"; no better. "behaviour": "Bizarre Behaviour" is what a
later step makes "Boente's Behaviour". The empty phrase as no replacement in `attire_title` as well:
"Powerful Shot" gave way to "January Move".
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import rows_by_kind
from citebrief.text.en_leaning_openers import written_as_name

EMPTY_FACTOR = 0.5  # of a phrase's score: a phrase that names something and half the score titles the group
_LINKS = frozenset({"of", "the", "a", "an"})


@cache
def empty_words() -> dict[str, frozenset[str]]:
    """The table's words by kind: "judgement" and "abstract" (`data/en_empty_title_words.tsv`)."""
    return {kind: frozenset(words) for kind, words in rows_by_kind("en_empty_title_words.tsv").items()}


def empty_title(phrase: str, texts: list[str]) -> bool:
    """Whether `phrase` is two words or more, each a judgement or an abstract noun of the table
    ("of" and articles aside), a judgement among them and an abstract noun at its head, and no
    text of `texts` writes it capitalized as a name."""
    words = phrase.split()
    lower = [w.lower() for w in words if w.lower() not in _LINKS]
    if len(lower) < 2:
        return False
    kinds = empty_words()
    judging, abstract = kinds["judgement"], kinds["abstract"]
    if lower[-1] not in abstract or not any(w in judging for w in lower):
        return False
    if not all(w in judging or w in abstract for w in lower):
        return False
    return not written_as_name(phrase, texts)


def empty_factor(phrase: str, texts: list[str]) -> float:
    """`EMPTY_FACTOR` for a phrase that names nothing (`empty_title`), else 1."""
    return EMPTY_FACTOR if empty_title(phrase, texts) else 1.0
