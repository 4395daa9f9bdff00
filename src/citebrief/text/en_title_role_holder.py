"""An English group title that names a person by a role the article gives them in passing ("Ireland
Coach" of "added Gatland, himself a former Ireland coach", en-xsum 6; "CEO of Mayweather
Promotions" of "Leonard Ellerbe, CEO of Mayweather Promotions, disagreed", en-cnndm 165), over a
group about that person, where `en_title_role` found no one speaker's run to title "Surname on …".
A reader of such a title reads a post, often a past one, not whom the bullets follow: the Wales
coach's words under "Ireland Coach" mislead. The title gives way to the holder's name.

The role is a head of `data/en_role_titles.tsv` (`en_title_role.role_named`). Its holder is the
name the paragraphs write right before it, as an apposition ("Gatland, himself a former Ireland
coach", "Ellerbe, CEO of …"; `_FILLER`), or right after it ("Ireland coach Gatland"), one name
each time. The group is about them where `MIN_HELD` bullets or more, half of them at least, name
the holder, are words whose speaker the article last names as the holder
(`en_title_quote_run.bullet_owner`), or go on in the words of the bullet before, one of theirs
("'Momentum is huge …'", "He said: '…'" after the bullet that names them). The name is the
fullest form the group's paragraphs write ("Leonard Ellerbe", else "Gatland"), free of the other
titles (a group titled by the person already, "Alec Stewart" over the lead, keeps the role: two
titles would name one person). Runs after `en_title_role`. A role "of" a named body ("CEO of
Mayweather Promotions") stays: it tells a reader whose side speaks, which a bare name does not
(read blind, en-cnndm 165's "Leonard Ellerbe" lost to it).
"""

from __future__ import annotations

import re

from citebrief.text.en_placed_name import placed_name
from citebrief.text.en_title_cover import HONORIFICS
from citebrief.text.en_title_quote_run import bullet_owner
from citebrief.text.en_title_role import role_named
from citebrief.text.name_places import written_lower
from citebrief.text.titles import display_title, free_of, on_word_boundaries

MIN_HELD = 2  # bullets about the holder, at least
_NAME = r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?"
# a bullet that goes on in the words of the one before's person: a quotation, "He said: …"
_SPEAKS_ON = re.compile(r"(?:['‘\"“]|(?:He|She) (?:said|added|told|went on)\b)")
_OF_BODY = re.compile(r"\bof [A-Z]")  # "CEO of Mayweather Promotions": the body says whose side
_FILLER = r"(?:(?:himself|herself|now|then|also|still) )?(?:(?:a|an|the) )?(?:(?:former|ex-|current|new) ?)?"


def role_holder_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """`title`, or the name of the person it names by role where the group is about them (see
    the module's note); `used` gains it."""
    if not title or len(bullets) < MIN_HELD or not role_named(title) or _OF_BODY.search(title):
        return title
    holder = _holder(title, group_texts, all_texts)
    if not holder:
        return title
    article = [*all_texts, *bullets]
    held, last = 0, False
    for at, bullet in enumerate(bullets):
        last = (
            on_word_boundaries(holder, bullet, "en")
            or (last and bool(_SPEAKS_ON.match(bullet)))
            or bullet_owner(bullets, at, all_texts, article)[0] == holder
        )
        held += last
    if held < max(MIN_HELD, (len(bullets) + 1) // 2):
        return title
    name = _fullest(holder, group_texts, all_texts)
    others = used - {title.casefold()}
    if not free_of(name, others) or any(holder.casefold() in u.split() for u in others):
        return title
    used.discard(title.casefold())
    used.add(name.casefold())
    return display_title(name, "en")


def _holder(title: str, group_texts: list[str], all_texts: list[str]) -> str:
    """The surname the group's paragraphs write the role beside, one and the same each time, a
    word the article never writes in lower case ("Yesterday, the Ireland coach …" names no one), nor
    a place or a day before the role ("Speaking in Dublin, the Ireland coach said", `placed_name`); ''."""
    role = "(?i:" + re.escape(title).replace(r"\ ", r"\s+") + ")"
    before = re.compile(rf"\b({_NAME})(?:'s|’s)?,\s+(?i:{_FILLER}){role}\b")
    after = re.compile(rf"\b{role}\s+(?:{_NAME}\s+)?({_NAME})\b")
    found: set[str] = set()
    for text in group_texts:
        found.update(m.group(1) for m in before.finditer(text) if not placed_name(text, m.start(1), m.group(1)))
        found.update(m.group(1) for m in after.finditer(text))
    names = {name for name in found if not written_lower(name, all_texts)}
    return names.pop() if len(found) == 1 and names else ""


def _fullest(surname: str, group_texts: list[str], all_texts: list[str]) -> str:
    """The surname with the given name the paragraphs write before it ("Leonard Ellerbe"; not a
    "Mr", nor a word the article writes in lower case: "Coach"), else the surname alone."""
    given = re.compile(rf"\b([A-Z][a-z]+) {re.escape(surname)}\b")
    for text in group_texts:
        for found in given.finditer(text):
            word = found.group(1)
            if word.lower() not in HONORIFICS and not written_lower(word, all_texts):
                return f"{word} {surname}"
    return surname
