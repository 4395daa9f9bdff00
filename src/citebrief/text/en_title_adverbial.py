"""An English title that opens on the last word of a fixed adverbial phrase ("in fact", "of
course"; `data/en_adverbial_fronts.tsv`) loses that word: "what are in fact illegal schools"
gives the chunker "Fact Illegal Schools", a title a reader cannot parse.

Where every place the article writes the title (in any case) follows the phrase's other words,
the title is the rest ("Illegal Schools"), where that is a word or more and free of the other
titles (`titles.swapped_if_free`); else the title stays.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_written_at import places
from citebrief.text.titles import swapped_if_free


@cache
def adverbial_fronts() -> dict[str, tuple[str, ...]]:
    """Each phrase's last word and the words before it, as the table writes them (`data/en_adverbial_fronts.tsv`)."""
    fronts: dict[str, list[str]] = {}
    for phrase in data_lines("en_adverbial_fronts.tsv"):
        before, _, last = phrase.rpartition(" ")
        fronts.setdefault(last, []).append(before)
    return {last: tuple(befores) for last, befores in fronts.items()}


def adverbial_title(title: str, texts: list[str], used: set[str]) -> str:
    """`title` less an opening word that closes an adverbial phrase wherever the article writes
    it (see the module's note); else `title`. `used` (casefolded titles given) follows the swap."""
    first, _, rest = title.partition(" ")
    befores = adverbial_fronts().get(first.lower())
    if not befores or not rest:
        return title
    starts = [(text, start) for text in texts for start, _ in places(title, text, ignore_case=True)]
    if not starts or not all(_after_any(text[:start].lower(), befores) for text, start in starts):
        return title
    return swapped_if_free(title, rest[:1].upper() + rest[1:], used)


def _after_any(before: str, befores: tuple[str, ...]) -> bool:
    """`before` (lower case) ends on one of `befores` as whole words, then a space."""
    return any(
        before.endswith(f"{words} ") and (len(before) == len(words) + 1 or not before[-len(words) - 2].isalnum())
        for words in befores
    )
