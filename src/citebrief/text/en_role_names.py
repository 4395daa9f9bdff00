"""The person a role phrase names, not the place or club its role is of.

"…, said former York boss Smith on Monday" and "Barcelona boss Luis Enrique has urged …" give
a role of York's or Barcelona's: the words of the role ("boss", "chief executive") stand between
that name and the person's, and the sentence is the person's. A name read off such a sentence
(`en_actors.named`) is the person after the role, where the words after the name are all a
role's (`data/en_role_words.tsv`, ending on a head, or `data/en_role_extra_heads.tsv`) and a
name follows them.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines, rows_by_kind
from citebrief.text.lazy_re import LazyPattern

# the lower-case words after a name and the name after them: " boss Luis Enrique has"
_AFTER = LazyPattern(r" ((?:[a-z][\w-]* ){1,3})([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})\b(?![\w'’-])")


_TITLES = frozenset(("Mr", "Mrs", "Ms", "Dr", "Sir", "Lady", "Lord", "Prof", "Professor"))


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The role's heads, the words that may stand before a head, and capitalized words that are
    no name ("Monday", "Mr")."""
    kinds = rows_by_kind("en_role_words.tsv")
    heads = frozenset(kinds["head"]) | frozenset(data_lines("en_role_extra_heads.tsv"))
    return heads, heads | frozenset(kinds["modifier"]), frozenset(kinds["not_name"])


def person_past_role(sentence: str, name: str) -> str:
    """The person `sentence` names right after `name` and a role's words ("York boss Smith":
    Smith), else `name`."""
    at = sentence.find(name) if name else -1
    found = _AFTER.match(sentence, at + len(name)) if at >= 0 else None
    if found is None:
        return name
    heads, role_words, not_names = _words()
    words = found.group(1).split()
    person = found.group(2)
    if words[-1] not in heads or any(word not in role_words for word in words):
        return name
    first = person.split()[0]
    if (first in not_names and first not in _TITLES) or re.fullmatch(r"[A-Z]+", person.split()[-1]):
        return name  # "boss on Monday", "chief executive BBC": no person after the role
    return person
