"""An English overview titled by a person the lead only mentions while its first sentence opens
on another by full name: "Key points: Sandy Lyle" over "Bradley Neil admitted he needed to give
himself a 'kick up the arse' after missing the cut ... said the 2014 Amateur champion, who played
with 1988 Masters winner Sandy Lyle". A reader wants the one the lead is about: the person whose
full name is the opening sentence's subject, where the article names them (by surname) at least
as often as the subject, and more than once. A place the article writes only after "in", "at",
"near", "from" or a list's comma gives way the same way: "Key points: County Londonderry" over
"Johnny McGurk, 49, appeared in court in County Londonderry accused of theft …" (en-xsum 91, once
its glued "Ltd.Mr McGurk" was cut) is "Johnny McGurk".

en-xsum's articles lose their first sentence, so the lead often opens on the person by age
alone: "The 23-year-old earned GB's second medal … following Elinor Barker's silver medal …
Latham emerged from the pack to take bronze as he chased down …" (en-xsum 7) was titled "Elinor
Barker", the one person the opening names. Where the opening sentence opens so, the one it is
about is the name the next opening sentence opens on, often a surname alone ("Latham"), a pronoun
after it showing a person: that name, where the article says it more than once, however often
it names the other (Barker 4 times, Latham 3: `aged_lead_person`).
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.en_actors import key, named, person_key
from citebrief.text.en_page_furniture import alternation
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.regex_cache import compiled
from citebrief.text.titles import mentions, starts

_PLACE_BEFORE = LazyPattern(r"(?:\b(?:in|at|near|from)|,)\s+$")  # what a place alone comes after
# the second opening sentence says the person by a pronoun after its name ("… as he chased down …")
_PERSON_AFTER = LazyPattern(r"\b(?:he|she|his|her|him)\b")


@cache
def _unnamed() -> re.Pattern[str]:
    """An opening sentence whose subject is a person by age alone ("The 23-year-old earned …"),
    maybe after a page's notice the bullet will lose ("Media playback is not supported …")."""
    return compiled(rf"{alternation()}?[.\s]*The \d+-year-old [a-z]")


MIN_MENTIONS = 2  # the opener's surname, said this often in the article at least


def lead_person(subject: str, opening: str, texts: list[str]) -> str:
    """The full name the `opening` sentence opens on as its subject (a verb after it), where the
    overview's person `subject` is another (or a place only, `_a_place`) and the article (`texts`)
    names the opener at least as often; ''."""
    if not _full_name(subject):
        return ""
    if not person_key(subject, texts) and not _a_place(subject, texts):
        return ""  # the subject is no person's full name nor a place: a thing stays
    name = named(opening)
    if len(name.split()) < 2 or not opening.startswith(name) or not person_key(name, texts):
        return ""
    if _same_person(subject, name):
        return ""
    count = mentions(key(name), texts)
    return name if count >= max(MIN_MENTIONS, mentions(key(subject), texts)) else ""


def _full_name(subject: str) -> bool:
    """Whether `subject` is two capitalized words or more ("Rory McIlroy")."""
    words = subject.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _same_person(subject: str, name: str) -> bool:
    """Whether `name` is the person `subject` already is (one key, or the subject's key in it)."""
    own = key(subject)
    return own == key(name) or own.casefold() in name.casefold()


def _a_place(subject: str, texts: list[str]) -> bool:
    """Whether the article writes `subject` only as a place: after "in", "at", "near", "from" or a
    list's comma ("… appeared in court in County Londonderry …", "… Magherafelt, County Londonderry")."""
    said = [text[:at] for text in texts for at in starts(subject, text)]
    return bool(said) and all(_PLACE_BEFORE.search(before) for before in said)


def aged_lead_person(subject: str, opening: list[str], texts: list[str]) -> str:
    """The name the second `opening` sentence opens on (a surname alone will do) where the first
    opens on a person by age alone ("The 23-year-old earned …"), where the overview's person is
    `subject` and the article names the opener more than once; ''."""
    if len(opening) < 2 or not _unnamed().match(opening[0]):
        return ""
    if not _full_name(subject) or not person_key(subject, texts):
        return ""
    name = named(opening[1])
    if not name[:1].isupper() or not opening[1].startswith(name) or not _PERSON_AFTER.search(opening[1]):
        return ""
    if _same_person(subject, name):
        return ""
    return name if mentions(key(name), texts) >= MIN_MENTIONS else ""
