"""An English overview titled by a person's full name without the rank a service writes before
it: "Key points: Matthew Boyd", not "Pte Matthew Boyd" (en-xsum 93). The rank says what the
person is, as "defender" of "defender Emir Spahic" does (`en_title_choice.bare_name`), but is
written with a capital, so that step keeps it. Only a run of ranks (`data/en_name_ranks.tsv`:
"Det Supt David Guiney") before two capitalized words or more goes; a rank before a surname
alone ("Pte Boyd", "Sgt Hunter") is how the article names the person and stays, as do courtesy
titles ("Mr", "Dr"). Nor is a rank a word two sentences share a theme by (`rankless_terms`): "Pte"
of "Pte Matthew Boyd" and of "Pte Boyd" is one man's rank, which his surname already ties.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.tokenize import en_terms

MIN_NAME_WORDS = 2  # a given name and a surname left after the rank


# a capitalized word with a name's capitalized word after it: "Pte Boyd", "Det Supt David"
_BEFORE_NAME = re.compile(r"\b[A-Z][A-Za-z]*(?= [A-Z][a-z])")


@cache
def _ranks() -> frozenset[str]:
    """The rank words of `data/en_name_ranks.tsv`, as written."""
    return frozenset(data_lines("en_name_ranks.tsv"))


def past_rank(subject: str) -> str:
    """`subject` without the ranks at its front when a full name of capitalized words follows
    ("Pte Matthew Boyd" → "Matthew Boyd"); else `subject` as it is."""
    words = subject.split()
    ranks = _ranks()
    at = 0
    while at < len(words) and words[at] in ranks:
        at += 1
    rest = words[at:]
    if not at or len(rest) < MIN_NAME_WORDS or not all(w[:1].isupper() and w[1:2].islower() for w in rest):
        return subject
    return " ".join(rest)


def rank_starts(text: str) -> frozenset[int]:
    """Where `text` writes a rank before a name ("Pte Boyd", "Det Supt David Guiney"): the
    offsets of those rank words, whose terms say what a person is, not what the sentence is about."""
    ranks = _ranks()
    return frozenset(m.start() for m in _BEFORE_NAME.finditer(text) if m.group() in ranks)


def rankless_terms(text: str, terms: list[str]) -> list[str]:
    """A sentence's `terms` without those of the ranks `text` writes before a name; `terms`
    itself where it writes none (nearly always)."""
    dropped = {t for start in rank_starts(text) for t in en_terms(text[start:].split(" ", 1)[0])}
    return [t for t in terms if t not in dropped] if dropped else terms
