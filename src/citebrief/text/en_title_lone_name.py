"""A name one bullet of three or more writes, in passing, does not title a group whose bullets
name someone else more.

Blind readers mark "Portrait of Beethoven" over bullets of a new portrait of Mozart (one bullet
recalls the painter's earlier Beethoven), and "Sentara Norfolk General Hospital" over a sailor's
survival at sea (the last bullet says where he was taken): each title names a thing one bullet
alone mentions, while another name (`en_title_outlet.shared_name`: "Mozart", "Jordan") runs
through two bullets or more, so the title names a side note, or what the group sets its matter
against. Where the title is "<noun> of <name>" and two bullets write the noun, the noun alone
stays ("Portrait"; not "Rays" of "UV Rays" nor "Book" of "Mark Felton's Book", which still name
the group's thing); where it is a name alone, the phrase the group's bullets say
most with that name barred, where two bullets say it ("Water"). A name a bullet opens on leads
it and stays, as does a title any of whose name's words another bullet says.
"""

from __future__ import annotations

import re

from citebrief.text.en_title_outlet import shared_name
from citebrief.text.title_choice import en_group_phrase
from citebrief.text.titles import display_title, said_alone, swapped_title

MIN_BULLETS = 3
MIN_SAYERS = 2  # bullets that say what stays for it to stand as the group's
_NAME_WORD = re.compile(r"[A-Z][\w’'-]*")
_OF_NAME = re.compile(r"([a-z]+) of ([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)")  # a thing of a name alone
_SMALL = frozenset({"of", "the", "and", "for", "in", "at", "on"})


def lone_name_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """`title` unless it holds a name one bullet alone says in passing (see the module's note);
    then its noun, or the group's phrase with the name barred; `used` updated."""
    if len(bullets) < MIN_BULLETS or not title:
        return title
    writers = [b for b in bullets if title.casefold() in b.casefold()]
    if len(writers) != 1:
        return title
    bullet = writers[0]
    at = bullet.casefold().find(title.casefold())
    written = bullet[at : at + len(title)]
    names = [w for w in written.split() if _NAME_WORD.fullmatch(w) and w.lower() not in _SMALL]
    if not names or at < 2 or any(said_alone(w, b) for w in names for b in bullets if b is not bullet):
        return title  # no name, one the bullet opens on, or one the others say too
    others = {u for u in used if u != title.casefold()}
    rival = shared_name(bullets, group_texts, set())  # whoever it is, another group's title too
    if not rival or set(rival.split()) & set(names):
        return title
    if any(w not in names for w in written.split()):
        owned = _OF_NAME.fullmatch(written)  # "portrait of Beethoven"; not "UV rays", "Naomi's injuries"
        noun = owned.group(1) if owned and owned.group(2).split() == names else ""
        if not noun or sum(_says(noun, b) for b in bullets) < MIN_SAYERS:
            return title
        return swapped_title(title, display_title(noun, "en"), used)
    found = en_group_phrase(bullets, group_texts, all_texts, others | {title.casefold()}, False)
    if not found or sum(_says(found, b) for b in bullets) < MIN_SAYERS:
        return title
    return swapped_title(title, found, used)


def _says(phrase: str, bullet: str) -> bool:
    """The bullet writes the phrase, or its plural ("portraits" for "portrait"), as words."""
    low, folded = bullet.casefold(), phrase.casefold()
    return said_alone(folded, low) or said_alone(folded + "s", low)
