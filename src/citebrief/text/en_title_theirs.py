"""An English group title one bullet at most says, over a group whose bullets are about one
person, gives way to a thing a bullet writes as that person's: "Electronic Devices" over three
bullets on Roberts → "Roberts' Research" ("a report about Roberts' research was released");
"Clear Memories" over Ballard's mother's climb → "Ballard's Mother". Blind readers of en-cnndm
briefs mark a title from one bullet's detail as the worst kind; the person the bullets name, with
what the article itself writes as theirs, names the group in words its paragraphs hold.

Reads the group's bullets. The person is the one surname half the bullets or more name, two at
least, no other as often (`en_title_possessed.group_surname`), not one two people of the article share
("Joshua Burns's" or Brenda's?). A bullet writes the surname's possessive right before one
lower-case noun, a phrase of `en_chunks` ("research", not "remarks comes"); it is no generic
word, no noun of what happened (the owner steps read those, each with its own guard: "Hazard's
withdrawal" was another group's substitution), and none of `data/en_title_theirs.tsv` (who
speaks for the person, what they said). The title keeps the possessive as written ("Roberts'"),
and only where it is free of the other titles (`en_title_possessed.owned_title`). Runs right
before `en_title_whose`.

Tried and left: a thing with a word before it ("Altice's inappropriate behavior" is a charge
another group tells too, "Christie's gubernatorial salary" one bullet's figure); "his"/"her" for
the possessive (whose is unsure, as `en_title_whose` found); a team's or a place's possessive
("India's East").
"""

from __future__ import annotations

from functools import cache
from itertools import chain

from citebrief.text.data_files import rows_by_kind
from citebrief.text.en_chunks import en_chunks, generic_en
from citebrief.text.en_overview_event import event_nouns
from citebrief.text.en_title_majority import sayers
from citebrief.text.en_title_owner import given_names
from citebrief.text.en_title_possessed import group_surname, owned_title
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title

MAX_SAYERS = 1  # bullets that say the title, at most, for it to be one bullet's detail
_MARKS = ("'s ", "’s ", "' ", "’ ")  # a possessive as written: "Ballard's", "Roberts'"
_NOUN = LazyPattern(r"[a-z]+(?:-[a-z]+)*")  # one lower-case word: a thing, no judgement of it


@cache
def _not_theirs() -> frozenset[str]:
    """Heads that name who speaks for the person or what they said (`data/en_title_theirs.tsv`)."""
    return frozenset(chain.from_iterable(rows_by_kind("en_title_theirs.tsv").values()))


def theirs_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` as "Surname's Thing" a bullet writes of the group's person, where one bullet at
    most says the title (see the module's note); else `title`; `used` updated."""
    if not title or len(bullets) < 2 or sayers(title, bullets) > MAX_SAYERS:
        return title
    surname = group_surname(bullets, all_texts)
    if not surname or surname.casefold() in title.casefold() or _shared(surname, all_texts):
        return title
    for bullet in bullets:
        for mark in _MARKS:
            thing = _thing(bullet, f"{surname}{mark}") if f"{surname}{mark}" in bullet else ""
            if thing:
                return owned_title(title, surname, f"{surname}{mark.strip()} {display_title(thing, 'en')}", used)
    return title


def _thing(bullet: str, owner: str) -> str:
    """The one lower-case noun the bullet writes right after `owner` ("Roberts' "), a phrase of
    `en_chunks` (alone or after the owner), that may title; ''."""
    for chunk in en_chunks(bullet):
        _, found, thing = chunk.text.rpartition(owner)
        thing = thing if found else chunk.text
        if not _NOUN.fullmatch(thing) or f"{owner}{thing}" not in bullet:
            continue
        if not generic_en(thing) and thing not in event_nouns() and thing not in _not_theirs():
            return thing
    return ""


def _shared(surname: str, all_texts: list[str]) -> bool:
    """Whether the article gives the surname to two people ("Joshua Burns", "Brenda Burns")."""
    return len(given_names(surname, all_texts)) > 1
