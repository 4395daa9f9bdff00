"""An English sentence opening on an owner named by "the" and its noun alone ("The film's star
Shailene Woodley also picked up best female performance …"), where the sentence before names that
thing under another word ("The night's big winner was …, which won best movie"): read alone, the
bullet speaks of a film the brief never named (en-xsum 154, blind read).

`text.en_noun_before` reads "the <noun>" only where the sentence before says the same noun; a
writer names a thing once and then varies the word (film/movie, company/firm), so this reads the
words of one line of `data/en_owner_synonyms.tsv` as one. `cited_points.carry_antecedent` carries
the sentence before where no bullet above says any word of the line.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.lazy_re import LazyPattern

# "The film's" first in the sentence, then the owned noun (not "The film's" as a whole subject)
_OWNER = LazyPattern(r"The (?P<noun>[a-z]+)['’]s [a-z]")


@cache
def _lines() -> dict[str, tuple[str, ...]]:
    """Each word of the table and the other words of its line."""
    words: dict[str, tuple[str, ...]] = {}
    for row in data_lines("en_owner_synonyms.tsv"):
        line = tuple(row.split("\t"))
        for word in line:
            words[word] = tuple(other for other in line if other != word)
    return words


def _says(words: tuple[str, ...], text: str) -> bool:
    """Whether `text` says any of `words`, singular or plural."""
    return any(re.search(rf"\b{re.escape(word)}s?\b", text, re.IGNORECASE) for word in words)


def owner_from_before(text: str, before: str, earlier: list[str]) -> bool:
    """Whether `text` opens on "The <noun>'s" whose thing `before` names only under another word of
    the noun's line, and none of `earlier` (the brief's sentences above) says a word of the line."""
    found = _OWNER.match(text)
    noun = found.group("noun") if found else ""
    others = _lines().get(noun, ())
    if not others or not _says(others, before) or _says((noun,), before):
        return False  # "… a film. The film's star …" is `en_noun_before`'s
    return not any(_says((noun, *others), sentence) for sentence in earlier)
