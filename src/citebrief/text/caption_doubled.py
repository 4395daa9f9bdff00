"""A capitalised word written twice in a row, where a caption's name ends and the sentence glued
after it opens on the same name again: "… Nico Rosberg and Sebastian Vettel | Vettel, who won
last time out, was third." (en-cnndm 110).

A name may double a word of its own ("Here Comes Honey Boo Boo", "Bora Bora", "Sing Sing"), and
a cut there starts a bullet inside the name: "Boo, was cancelled by TLC …" (en-cnndm 97, from
"The family's popular reality show, Here Comes Honey Boo Boo, was cancelled …"). A sentence does
not open on a name, a comma and the name's verb: that comma closes an aside the doubled word
stands in, so the sentence reads on. A relative, an age or an apposition after the comma ("Vettel,
who …", "Vettel, 27, …") still opens the sentence glued after the caption.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# a capitalised word, not the pronoun "I" (captions._CAPITALISED)
_CAPITALISED = re.compile(r"(?!I\b|I['’])[A-Z][A-Za-z'’-]*$")
_MARKS = "'’‘\"“”()[],;"


def name_said_again(words: list[str], index: int, finite_verb: Callable[[str, str], bool]) -> bool:
    """Whether a sentence opens at `words[index]`, the capitalised word before it said again after
    a capitalised word ("Sebastian Vettel | Vettel, who won …"), and no verb straight after the
    second word's comma ("Honey Boo Boo, was cancelled": one name, inside an aside)."""
    word, bare = words[index], words[index].strip(_MARKS)
    if index < 2 or bare != words[index - 1].strip(_MARKS) or not _CAPITALISED.match(bare):
        return False
    if not words[index - 2][:1].isupper():
        return False
    following = words[index + 1] if index + 1 < len(words) else ""
    after = words[index + 2] if index + 2 < len(words) else ""
    return not (word.endswith(",") and finite_verb(following, after))
