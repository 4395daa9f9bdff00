"""An English group title that opens on a word pointing back into the sentence it was cut from
("previous", "current", "latest": `data/en_title_relative.tsv`): out of that sentence the word
says nothing, or the wrong thing. Blind readers of en-cnndm briefs mark "Previous Relationship"
over a couple's dating, diagnosis and wedding vows (en-cnndm 180, cut from "a young daughter
from a previous relationship") as one bullet's detail that names another relationship than the
group's; "Current Immigration Policy" (18) carries a word that only the bullet's own sentence
explains. Not "prior": "Prior Legal Agreement" (194) read better blind than "Legal Agreement".

The word goes where what is left names the group's thing:

- two words or more are left ("Immigration Policy", "Legal Agreement"): they are the title;
- one noun is left, two bullets of the group say it, and one writes it after "their", "his",
  "her" or "its" that is not the relative word's bullet: the title is that phrase as written
  ("Their Relationship", of "six months into their relationship");
- one noun is left, and the bullet writes the title after "his" or "her" where that bullet's
  actor is a person it names: the title is whose it is ("Current Contract" of "Adebayor has one
  year left to run on his current contract" → "Adebayor's Contract", en-cnndm 172);
- else, or where another group's title holds the phrase, the title stays ("Separate
  Development": "Development" alone names nothing), as does a term that opens on such a word
  and names a thing of its own (the table's two-word rows: "Current Account Deficit").
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_actors import actor, is_person, key
from citebrief.text.en_title_choice import families, heard
from citebrief.text.titles import display_title, free_of, on_word_boundaries, swapped_title

MIN_SAYERS = 2  # bullets that say a one-noun rest, at least
_OWNERS = ("their", "his", "her", "its")


@cache
def relative_words() -> frozenset[str]:
    """The words that point back into a title's sentence (`data/en_title_relative.tsv`, one a row)."""
    return frozenset(row for row in data_lines("en_title_relative.tsv") if " " not in row)


@cache
def kept_terms() -> frozenset[str]:
    """Terms that open on such a word and name a thing of their own ("current account": the
    table's rows of two words)."""
    return frozenset(row for row in data_lines("en_title_relative.tsv") if " " in row)


def relative_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` without the relative word it opens on, or the one-noun rest as a bullet writes it
    with its owner (see the module's note); else `title`; `used` updated."""
    words = title.split()
    if len(words) < 2 or words[0].lower() not in relative_words():
        return title
    if " ".join(words[:2]).lower() in kept_terms():
        return title  # "Current Account Deficit"
    rest = " ".join(words[1:])
    if len(words) > 2:
        phrase = rest if any(on_word_boundaries(rest, t, "en") for t in [*group_texts, *bullets]) else ""
    else:
        phrase = _owned(rest, bullets, title) or _actors(rest, bullets, title, all_texts)
    if not phrase:
        return title
    if not free_of(phrase, used - {title.casefold()}):
        return title
    return display_title(swapped_title(title, phrase, used), "en")


def _owned(noun: str, bullets: list[str], title: str) -> str:
    """ "their relationship" where `MIN_SAYERS` bullets say the noun and one that does not say the
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


def _actors(noun: str, bullets: list[str], title: str, all_texts: list[str]) -> str:
    """ "Adebayor's contract" where the bullet writes "his <title>" and its actor is a person it
    names; ''."""
    pattern = re.compile(rf"\b(?:his|her) {re.escape(title)}\b", re.IGNORECASE)
    article = [*all_texts, *bullets]
    for at, bullet in enumerate(bullets):
        if not pattern.search(bullet):
            continue
        who = actor(bullets, at)
        if who and who in bullet and is_person(who, article):
            return f"{key(who)}'s {noun.lower()}"
    return ""
