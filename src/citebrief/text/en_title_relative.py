"""An English group title that opens on a word pointing back into the sentence it was cut from
("previous", "current", "prior": `data/en_title_relative.tsv`): out of that sentence the word
says nothing, or the wrong thing. Blind readers of en-cnndm briefs mark "Previous Relationship"
over a couple's dating, diagnosis and wedding vows (en-cnndm 180, cut from "a young daughter
from a previous relationship") as one bullet's detail that names another relationship than the
group's; "Current Immigration Policy" (18) and "Prior Legal Agreement" (194) carry a word that
only the bullet's own sentence explains.

The word goes where what is left names the group's thing:

- two words or more are left ("Immigration Policy", "Legal Agreement"): they are the title;
- one noun is left, two bullets of the group say it, and one writes it after "their", "his",
  "her" or "its" that is not the relative word's bullet: the title is that phrase as written
  ("Their Relationship", of "six months into their relationship");
- else, or where another group's title holds the phrase, the title stays ("Separate
  Development": "Development" alone names nothing).
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_title_choice import families, heard
from citebrief.text.titles import display_title, free_of, on_word_boundaries, swapped_title

MIN_SAYERS = 2  # bullets that say a one-noun rest, at least
_OWNERS = ("their", "his", "her", "its")


@cache
def relative_words() -> frozenset[str]:
    """The words that point back into a title's sentence (`data/en_title_relative.tsv`)."""
    return frozenset(data_lines("en_title_relative.tsv"))


def relative_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` without the relative word it opens on, or the one-noun rest as a bullet writes it
    with its owner (see the module's note); else `title`; `used` updated."""
    words = title.split()
    if len(words) < 2 or words[0].lower() not in relative_words():
        return title
    rest = " ".join(words[1:])
    phrase = rest if len(words) > 2 else _owned(rest, bullets, title)
    if not phrase or not any(on_word_boundaries(phrase, t, "en") for t in [*group_texts, *bullets]):
        return title
    if not free_of(phrase, used - {title.casefold()}):
        return title
    return display_title(swapped_title(title, phrase, used), "en")


def _owned(noun: str, bullets: list[str], title: str) -> str:
    """"their relationship" where `MIN_SAYERS` bullets say the noun and one that does not say the
    title writes it after an owner; ''."""
    kin = families(noun)
    if not kin or sum(bool(kin & heard(b)) for b in bullets) < MIN_SAYERS:
        return ""
    pattern = re.compile(rf"\b(?:{'|'.join(_OWNERS)}) {re.escape(noun)}\b", re.IGNORECASE)
    for bullet in bullets:
        found = pattern.search(bullet)
        if found and title.casefold() not in bullet.casefold():
            return found.group(0).lower()
    return ""
