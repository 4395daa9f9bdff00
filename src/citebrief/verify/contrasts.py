"""The one word that flips a claim whose other words all match: a bullet that says "right
footed shot ... is saved" where its cited sentence says "left footed shot ... is saved" shares
every content word the overlap score counts ("right" and "left" weigh nothing there), yet the
sentence does not say it. Compared directly, English only: the pairs of contrasting words and
the words of denial (`text/data/en_contrast_words.tsv`), the numbers, the capitalised names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from citebrief.text.data_files import data_lines

_WORD = re.compile(r"n't|[A-Za-z]+|\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class Contrast:
    """Where the bullet and its sentence differ: the bullet's word and the sentence's."""

    said: str
    source: str

    def describe(self, where: str) -> str:
        if not self.source:
            return f'it says "{self.said}" where {where} does not'
        if not self.said:
            return f'{where} says "{self.source}" where it does not'
        return f'it says "{self.said}" where {where} says "{self.source}"'


@dataclass(frozen=True)
class ContrastTable:
    """A contrast table's pairs of opposites (each way) and its words of denial."""

    opposites: dict[str, frozenset[str]]
    negations: frozenset[str]


@cache
def contrast_table(name: str) -> ContrastTable:
    """The table in data file `name` (rows "word\topposite" or "negation\tword"): the English
    one here, the Chinese one (`zh_contrasts`)."""
    opposites: dict[str, set[str]] = {}
    negations: set[str] = set()
    for row in data_lines(name):
        first, second = row.split("\t")
        if first == "negation":
            negations.add(second)
            continue
        opposites.setdefault(first, set()).add(second)
        opposites.setdefault(second, set()).add(first)
    return ContrastTable({word: frozenset(them) for word, them in opposites.items()}, frozenset(negations))


def _table() -> ContrastTable:
    return contrast_table("en_contrast_words.tsv")


def opposites(word: str) -> frozenset[str]:
    """The words that flip `word` (empty for a word the table lacks)."""
    return _table().opposites.get(word.casefold(), frozenset())


def negations() -> frozenset[str]:
    return _table().negations


def _words(text: str) -> list[str]:
    return _WORD.findall(text.replace("’", "'"))


def _names(words: list[str]) -> set[str]:
    """Capitalised words past the first (a sentence's first word is capitalised whatever it is)."""
    return {w for w in words[1:] if w[:1].isupper() and len(w) > 1 and not w.isupper()}


def contrast(claim: str, sentence: str, around: str = "") -> Contrast | None:
    """The first word of `claim` that `sentence` contradicts: an opposite in its place, a denial
    one of them lacks, another number, another name; None where nothing flips. A word of the
    claim `around` holds (the rest of the sentence's paragraph) is not contradicted: a bullet of
    two sentences is matched to one of them, and its "not" may be in the other."""
    said, source = _words(claim), _words(sentence)
    said_folded, source_folded = {w.casefold() for w in said}, {w.casefold() for w in source}
    held = source_folded | {w.casefold() for w in _words(around)}
    for word in said:
        folded = word.casefold()
        if folded in held:
            continue
        other = sorted(opposites(folded) & source_folded - said_folded)
        if other:
            return Contrast(folded, other[0])
    denial = negations()
    if (said_folded & denial) and not (held & denial):
        return Contrast(sorted(said_folded & denial)[0], "")
    if (source_folded & denial) and not (said_folded & denial):
        return Contrast("", sorted(source_folded & denial)[0])
    numbers = [w for w in said if w[0].isdigit() and w.casefold() not in held]
    source_numbers = [w for w in source if w[0].isdigit() and w not in said]
    if numbers and source_numbers:
        return Contrast(numbers[0], source_numbers[0])
    names = sorted(n for n in _names(said) if n.casefold() not in held)
    source_names = sorted(n for n in _names(source) if n.casefold() not in said_folded)
    if names and source_names:
        return Contrast(names[0], source_names[0])
    return None
