"""A two-word title of a loose adjective and its noun that the text writes only as the head of a
description set after a term it describes: "Clear Spirit" of "three different types of 'baijiu' -
a strong, clear spirit that is the most popular drink in China" (en-xsum 134). Blind readers marked
it down: "a clear spirit" says what kind of thing the term is, and the group is about the term, so
the term takes the title's place ("Baijiu"), where every place the group writes the title
describes the same term, quoted or a name no dictionary knows ("Hexham", not "However"), after a
dash or a comma and "a"/"an" (the description's other adjectives between: "a strong, clear
spirit"). Else the title stays. Runs after `en_title_loose` has
tried the noun (`en_title_steps`).
"""

from __future__ import annotations

import re

from citebrief.text.en_chunks import word_classes
from citebrief.text.en_title_loose import loose_head
from citebrief.text.en_written_at import places
from citebrief.text.titles import display_title, swapped_if_free

_LOOK_BACK = 80  # characters read before the title for the term and its description's opening
# 'baijiu' - a strong, (the title): the term, quoted or a capitalized name, a dash or comma, "a"/"an", adjectives
_DESCRIBED = re.compile(r"(?:['‘\"“]([A-Za-z][\w-]*)['’\"”]|\b([A-Z][\w-]*))\s*[-–—,]\s+an?\s+(?:[a-z-]+,?\s+)*$")


def loose_described_title(
    bullets: list[str], texts: list[str], every_text: list[str], guard: set[str], title: str
) -> str:
    """The term a loose two-word `title` describes wherever the group writes it (see the module's
    note), swapped in where no other title holds it; else `title`. `guard` updated."""
    if len(title.split()) != 2 or not loose_head(title):
        return title
    terms: set[str] = set()
    for text in (*bullets, *texts):
        for start, _ in places(title, text, True):
            found = _DESCRIBED.search(text[max(0, start - _LOOK_BACK) : start])
            named = found and (found.group(1) or not word_classes(found.group(2).lower()))
            terms.add((found.group(1) or found.group(2)) if found and named else "")  # not "However, a …"
    if len(terms) != 1 or "" in terms:
        return title
    term = terms.pop()
    if term.casefold() == title.rsplit(maxsplit=1)[-1].casefold():
        return title
    return swapped_if_free(title, display_title(term, "en"), guard)
