"""An English group title cut out of a fixed term: the chunker reads "in" of "in vitro
fertilization" as a preposition and titles the group "Vitro Fertilization", a phrase no reader
knows (blind readers of en-cnndm briefs mark it among the vague titles). Where a title opens on
the rest of a fixed term (`data/en_fixed_terms.tsv`: "vitro" of "in vitro", "hoc" of "ad hoc")
and the group's paragraphs write the term whole at each place they write the title, the title
takes the term's first word back ("In Vitro Fertilization", "Ad Hoc Committee", "Per Capita
Income"). A word a term holds and English uses alone too ("camera", "route") is taken only where
the paragraphs write it in the term. Runs last of the English title steps.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.titles import display_title, free_of, on_word_boundaries, swapped_title


@cache
def fixed_terms() -> dict[str, str]:
    """Each fixed term's rest ("vitro") and its first word ("in") (`data/en_fixed_terms.tsv`)."""
    pairs = (line.split(maxsplit=1) for line in data_lines("en_fixed_terms.tsv"))
    return {rest: first for first, rest in pairs}


def whole_term(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` with its fixed term's first word, where it opens on a term's rest and the group's
    paragraphs write the term whole wherever they write the title; else `title`; `used` updated."""
    first = _term_opener(title)
    if not first:
        return title
    whole = f"{first} {title}"
    said = [t for t in group_texts if on_word_boundaries(title, t, "en")]
    if not said or not all(_only_whole(title, whole, t) for t in said):
        return title  # "Route" of "a new route": the word alone, not the term
    if not free_of(whole, used - {title.casefold()}):
        return title
    return display_title(swapped_title(title, whole, used), "en")


def _term_opener(title: str) -> str:
    """The first word of the fixed term whose rest the title opens on (`fixed_terms`), or ''."""
    lowered = title.lower()
    for rest, first in fixed_terms().items():
        if lowered == rest or lowered.startswith(rest + " "):
            return first
    return ""


def _only_whole(title: str, whole: str, text: str) -> bool:
    """Each place `text` says the title is inside the whole term (as many of one as the other)."""
    folded = text.casefold()
    return folded.count(whole.casefold()) == folded.count(title.casefold())
