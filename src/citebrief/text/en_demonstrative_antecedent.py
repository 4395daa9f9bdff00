"""Whether an English bullet points back with "that amount", "those photos" or "this case" at a
thing only the sentence before names.

Blind readers mark a bullet whose demonstrative noun phrase stands for something the brief never
said ("You used the power you had over her by the knowledge of those photos." with the photos named
only in the sentence before it). `cited_points.carry_antecedent` carries that sentence where it says
the noun and no earlier sentence of the brief does; an opening "This …"/"That …" is read elsewhere
(`en_back_reference`, `en_unplaced_reference`). A singular "this"/"that" is read only before a word
no verb's form ("that helped", "that makes": a relative clause), nor a word of
`data/en_demonstrative_skips.tsv` ("this week", "those who", "that there").

An article's first sentence has no sentence before it to carry: where it says "these risks" or
"those payments" of a set it names nowhere ahead (the headline or standfirst that named them was
cut off the page), no bullet can say what the set is, and the brief picks its other sentences
(`scoring`, `lost_set_opening`; en-xsum: "outlined some of these risks" without the risks).
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_noun_before import named_in
from citebrief.text.lazy_re import LazyPattern

# a demonstrative past the sentence's first word, then its noun ("of those photos", "reach that amount")
_DEMONSTRATIVE = LazyPattern(r"(?<=\S\s)(?P<det>this|that|these|those)\s(?P<noun>[a-z]{3,})\b")
_VERB_FORM = re.compile(r"(?:ed|[^su]s)$")  # "helped", "makes"; not "process", "bus", "analysis"


@cache
def _skips() -> frozenset[str]:
    return frozenset(data_lines("en_demonstrative_skips.tsv"))


def demonstrative_nouns(text: str) -> list[tuple[str, int]]:
    """The nouns of `text`'s demonstrative noun phrases past its first word, each with where its
    phrase starts ("…knowledge of those photos.": "photos")."""
    nouns = []
    for found in _DEMONSTRATIVE.finditer(text):
        noun = found.group("noun")
        if noun in _skips() or (found.group("det") in ("this", "that") and _VERB_FORM.search(noun)):
            continue
        nouns.append((noun, found.start()))
    return nouns


def lost_set_opening(text: str) -> bool:
    """Whether `text`, an article's first sentence, says "these <noun>" or "those <noun>" of a set it
    names nowhere ahead of the phrase ("…outlined some of these risks in a speech…"): a plural
    demonstrative points back, and before the first sentence there is nothing ("these really are",
    an adverb after a pronoun, names no set)."""
    return any(
        text[start:].startswith(("these ", "those ")) and not noun.endswith("ly") and not named_in(noun, [text[:start]])
        for noun, start in demonstrative_nouns(text)
    )


def names_demonstrative(text: str, before: str, earlier: list[str]) -> bool:
    """Whether `text` holds a demonstrative noun phrase whose noun `before` says and none of
    `earlier` (the brief's sentences before it) nor `text` ahead of the phrase does."""
    return any(
        named_in(noun, [before]) and not named_in(noun, [*earlier, text[:start]])
        for noun, start in demonstrative_nouns(text)
    )
