"""An English group title that opens on a word pointing back into the story says nothing alone:
"Fourth Try" (whose? of which match?), "Second Round" (`en_leaning_openers.leans_on_sentence`),
"Biggest Sting" (a superlative, `data/en_superlatives.tsv`).
Where a bullet writes the phrase as someone's, the title says whose, as the bullet does:
"for Warrington's fourth try" → "Warrington's Fourth Try" (where a bullet names no stage of play
that `en_title_stage` prefers, as en-cnndm 13's does), not a day's "Friday's
Second Round" (when, not whose: `en_title_event.time_label`); "McHenry delivers her
biggest sting", in a bullet that names one person, the one the group's bullets are about
(`en_title_possessed.group_surname`) → "McHenry's Biggest Sting" (en-cnndm 111). Else the title
stays: the steps before chose it as the best phrase the group says, and a phrase in its place
read worse ("Lively Substitute", "Baby Girl", "Photography Site Dreamsmithphotos.com"). Late
among the English title steps: the ones before may have given the phrase (only `en_title_compound`,
which reads bare words alone, comes after).
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_actors import is_person, key
from citebrief.text.en_leaning_openers import leaning_openers, leans_on_sentence, written_as_name
from citebrief.text.en_title_complement import clause_openers
from citebrief.text.en_title_event import time_label
from citebrief.text.en_title_possessed import NAME_RUN, group_surname, owned_title
from citebrief.text.en_title_whose import SAID_AFTER
from citebrief.text.lazy_re import LazyPattern

MAX_WORDS = 4  # the title's own words: with whose, at most five
# a name's possessive right before the phrase ("Warrington's "), or "his"/"her"
_OWNER_BEFORE = LazyPattern(r"(?:\b(?P<pronoun>[Hh]is|[Hh]er)|(?P<name>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2})(?:'s|’s))\s$")
_LOWER_WORD = LazyPattern(r"(?<![\w'’-])[a-z][a-z-]*(?![\w'’-])")


@cache
def superlatives() -> frozenset[str]:
    """Superlatives that open a phrase pointing back into the story (`data/en_superlatives.tsv`)."""
    return frozenset(data_lines("en_superlatives.tsv"))


def leans(title: str, texts: list[str]) -> bool:
    """Whether the title, no one's yet and of at most `MAX_WORDS` words, opens on a word that
    points back into the story: a leaning opener ("Fourth Try", `en_leaning_openers`) or a
    superlative ("Biggest Sting"); not a name the texts write capitalized ("Second World War")."""
    words = title.split()
    if not 1 < len(words) <= MAX_WORDS or "'" in title or "’" in title:
        return False
    lower = [w.lower() for w in words]
    if lower[0] in superlatives():
        return not written_as_name(title, texts)
    opens = lower[0] in leaning_openers() or " ".join(lower[:2]) in leaning_openers()
    return opens and leans_on_sentence(title, texts)


def leaning_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` as "Owner's Title" where it leans on the story and a bullet writes whose it is
    (see the module's note); else `title`; `used` updated."""
    if not leans(title, group_texts):
        return title
    owners = {owner for bullet in bullets for owner in _owners(bullet, title, bullets, all_texts)}
    if len(owners) != 1:
        return title  # no bullet says whose, or two say different owners
    owner = owners.pop()
    return owned_title(title, owner, f"{owner}'s {title}", used)


def _owners(bullet: str, title: str, bullets: list[str], all_texts: list[str]) -> list[str]:
    """Whose the bullet writes the title's phrase as: a name's possessive as written, or "his"/"her"
    where the bullet names one person only and the group's bullets are about them."""
    found = []
    for at in re.finditer(rf"(?<![\w-]){re.escape(title)}(?![\w-])", bullet, re.IGNORECASE):
        before = _OWNER_BEFORE.search(bullet[max(0, at.start() - 40) : at.start()])
        if before is None:
            continue
        if before.group("name") is not None:
            name = _name_part(before.group("name"), all_texts)
            if name and not time_label(f"{name}'s"):  # "Friday's second round": when, not whose
                found.append(name)
            continue
        surname = _one_person(bullet, all_texts)
        if surname and surname == group_surname(bullets, all_texts):
            found.append(surname)
    return found


def _name_part(words: str, all_texts: list[str]) -> str:
    """The capitalized words less those at their start that open a sentence or clause
    (`data/en_clause_openers.tsv`) or that the texts write in lower case: no name's words ("And
    Warrington" → "Warrington", "It" → '')."""
    lower = {w for t in all_texts for w in _LOWER_WORD.findall(t)}
    kept = words.split()
    while kept and (kept[0] in clause_openers() or kept[0].lower() in lower):
        kept = kept[1:]
    return " ".join(kept)


def _one_person(bullet: str, all_texts: list[str]) -> str:
    """The surname of the one person the bullet names, none said by another ("Clarke said"); ''."""
    people = set()
    for match in NAME_RUN.finditer(bullet):
        if is_person(match.group(1), all_texts):
            if SAID_AFTER.search(bullet[match.end() :]):
                return ""
            people.add(key(match.group(1)))
    people.discard("")
    return people.pop() if len(people) == 1 else ""
