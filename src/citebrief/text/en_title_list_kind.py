"""An English group title that is one item of a list a bullet gives after the list's kind: "Lower
Risk" over three bullets of what exercise does for health (en-cnndm 189), cut from "linked to a
number of health benefits, such as lower levels of body fat, reduced heart disease risk factors,
better memory and thinking, and a lower risk of type 2 diabetes". The item is one bullet's
example (blind readers mark such a title as one bullet's minor detail); the kind the bullet
names first says what the examples, and here the group, have in common ("Health Benefits").

Where one bullet alone says the title, and says it as an item after "such as" or "including"
(nothing but the list between them), the two to four lower-case words before those words, back
to a determiner, a preposition or a word of number ("a number of", "many"), take the title's
place, where two bullets say some of them and no other title holds them. A named item or kind
("Mac's Maleficent collection including the eye shadows") or a bare noun ("products") keeps the
title.
"""

from __future__ import annotations

import re

from citebrief.text.chunks import word_list
from citebrief.text.en_title_majority import sayers
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, free_of, on_word_boundaries, swapped_title

MIN_KIND_WORDS, MAX_KIND_WORDS = 2, 4
MIN_SAYERS = 2  # bullets that say a word of the kind, at least
# "such as" or "including" after a comma or not, then the list up to where the item starts
_INTRO = LazyPattern(r",?\s+(?:such as|including)\s+[^.;:!?]*$")
# words that end the kind, read backwards: what counts or points at it, not what it is
_BEFORE_KIND = frozenset(
    word_list(
        "a an the of to in on for with from by at and or his her their its this these those many several "
        "some other various numerous number range variety host series list such all both any more most few"
    )
)
_KIND_WORD = LazyPattern(r"[a-z][a-z-]+")


def list_kind_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """`title`, or the kind a bullet lists it under (see the module's note); `used` updated."""
    if len(bullets) < 2 or not title:
        return title
    lower = title.casefold()
    holders = [b for b in bullets if on_word_boundaries(lower, b.casefold(), "en")]
    if len(holders) != 1:
        return title
    kind = _kind(holders[0], lower)
    if not kind or sayers(kind, bullets) < MIN_SAYERS or not free_of(kind, used - {lower}):
        return title
    return display_title(swapped_title(title, kind, used), "en")


def _kind(bullet: str, item: str) -> str:
    """The lower-case words that name the list `item` stands in, before its "such as" or
    "including"; ''."""
    at = bullet.casefold().find(item)
    found = _INTRO.search(bullet[:at])
    if at < 0 or not found or bullet[at : at + len(item)] != item:
        return ""  # a named item ("Barack Obama" of "world leaders, including …") is no example of a kind
    words = re.split(r"\s+", bullet[: found.start()].strip())
    kind: list[str] = []
    for word in reversed(words):
        if word.lower() in _BEFORE_KIND or not _KIND_WORD.fullmatch(word) or len(kind) == MAX_KIND_WORDS:
            break
        kind.insert(0, word)
    return " ".join(kind) if len(kind) >= MIN_KIND_WORDS else ""
