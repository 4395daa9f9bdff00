"""An English group title that is a person's name alone takes what happened to that person, where
a bullet writes it: blind readers of en-cnndm briefs mark a bare name ("Olsin Tymon" over the
bullets of his assault and injuries) as a title that says who, not what the group is about; a
headline says "Tymon's Injuries". The overview's "Name's <event>" form (`en_overview_event.py`),
here for a group's title, read of a group's bullets (sentences of a news article):

- the title is a person's name alone (`en_actors.is_person`, no possessive in it);
- a bullet whose actor is that person (`en_actors.named`) writes what happened to them: a noun
  of `data/en_named_events.tsv` that stands without its "of" (its plural too: "injuries") after
  the name's possessive or after "his"/"her", no other person between but one after "by" (who
  did it to the actor, not whose the noun is: "Olsin Tymon had his lip split by Clarkson ...
  with his injuries"); else a deed verb right after the name ("Beck was jailed",
  `en_overview_deed.deed_at`). A noun in a bullet of another actor ("within two minutes of
  Hazard's withdrawal" in a sentence on a team-mate's red card) is that bullet's detail;
- that person is named in half the group's bullets or more;
- the title "Surname's Noun" is free of the titles given, its name stands in the group's
  paragraphs and its noun as written or as its verb (`en_overview_deed.grounded`, as
  `bench/brief_checks.py` reads it). Runs after `en_title_owner`, whose "Name's <event>" forms
  read titles that are no name.

Tried and left: the same for a title one bullet at most of three or more says, of the person
most bullets name (no title of 200 en-cnndm briefs changed where the event's bullet is the
person's; without that, "Belgian Forward" became "Hazard's Withdrawal", one bullet's detail).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from citebrief.text.en_actors import is_person, key, named
from citebrief.text.en_overview_deed import deed_at, grounded
from citebrief.text.en_overview_event import event_nouns
from citebrief.text.en_title_name_deed import full_name_deed
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, said_alone, swapped_if_free

MIN_SHARE = 0.5  # of the group's bullets that name the person, at least
# a capitalized run of one to three words that may be a person's name ("Mr Ray")
_NAME = LazyPattern(r"(?<![\w'’-])([A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){0,2})(?![\w'’-])")


def name_event_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """`title` as "Surname's Noun" where it is a person's name alone and a bullet writes what
    happened to that person (see the module's note); else `title`; `used` updated."""
    if not title or "'s " in title or "’s " in title or not is_person(title, all_texts):
        return title
    surname = key(title)
    if not surname or sum(said_alone(surname, b) for b in bullets) < len(bullets) * MIN_SHARE:
        return title
    noun = next((found for b in bullets if (found := _event_of(surname, b, all_texts) or _deed_of(surname, b))), "")
    if not noun and " " in title:  # "… with Welsh attacker Gareth Bale set to return" (`en_title_name_deed`)
        noun = next((found for b in bullets if (found := full_name_deed(title, b))), "")
    if not noun:
        return title
    phrase = f"{surname}'s {display_title(noun, 'en')}"
    return swapped_if_free(title, phrase, used) if grounded(phrase, group_texts) else title


@cache
def _nouns() -> dict[str, str]:
    """Each noun of what happened that stands alone, and its plural, to the noun as written."""
    alone = [noun for noun, needs_of in event_nouns().items() if not needs_of and " " not in noun]
    plurals = {(n[:-1] + "ies" if n.endswith("y") else n + "s"): n for n in alone}
    return {**{n: n for n in alone}, **plurals}


def _event_of(surname: str, bullet: str, all_texts: Sequence[str]) -> str:
    """The noun of what happened a bullet whose actor is the person writes of them: after the
    surname's possessive, or after "his"/"her" where no other person but one after "by" stands
    between; ''."""
    actor = named(bullet)
    if not actor or key(actor) != surname:
        return ""
    nouns = _nouns()
    for match in re.finditer(rf"\b{re.escape(surname)}['’]s\s([a-z-]+)\b", bullet):
        if match.group(1) in nouns:
            return match.group(1)
    after = bullet.find(surname) + len(surname)
    for match in re.finditer(r"\b(?:his|her)\s([a-z-]+)\b", bullet):
        if match.group(1) in nouns and match.start() > after and _only_agents(bullet[after : match.start()], all_texts):
            return match.group(1)
    return ""


def _deed_of(surname: str, bullet: str) -> str:
    """The noun of a deed verb the bullet writes right after the surname, the bullet's actor
    ("Beck was jailed" → "jailing", `en_overview_deed.deed_at`); ''."""
    actor = named(bullet)
    if not actor or key(actor) != surname:
        return ""
    for match in re.finditer(rf"\b{re.escape(surname)}\b", bullet):
        noun = deed_at(bullet, match.start(), match.end())
        if noun:
            return noun
    return ""


def _only_agents(between: str, all_texts: Sequence[str]) -> bool:
    """No person's name in the words between but one right after "by" (the doer of a passive)."""
    return all(
        between[: m.start()].endswith("by ") or not is_person(m.group(1), all_texts) for m in _NAME.finditer(between)
    )
