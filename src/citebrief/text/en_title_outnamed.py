"""A person the group names in passing does not take its title: blind readers of en-cnndm
briefs mark "Alvaro Negredo" over four bullets of Bueno's career (two name Negredo, as the
players Bueno follows; three name Bueno) and "Alison Saunders" over a conflict of interest her
aide is in (three name her, two him) as naming someone the group is not about. So where the
covering step (`en_title_cover.py`) puts a person's name in place of a phrase and another
person is named by more of the group's bullets (the overview's subject too, whom a group title
may not repeat), the event two bullets report takes the place, as the gist step would have put
it over the name ("The Trial" over a co-defendant's name, `gist_title`), else the phrase stays
("Spain Squad", "Conflict of Interest").

Nor does a person's name take the place of what a named one did: "Cazorla's Track Choice" stays
over bullets of the players' pre-match songs, where the covering step put "Theo Walcott" (named
by two of four bullets, as one of the players) in its place (`names_a_deed`).

Tried and left: leaving the name out of the covering step's choice, so the next phrase came:
"Barcelona Final" went for "Eighth Title"; the phrase kept where an event is reported: "The
Trial" became "Criminal Behaviour" and then "Criminal Property"; the phrase kept where the
name's own sentence says it ("John Carver said ... he had a secret motivational tactic"): a later
step put "Phil Neville" over it, and "Pressure on the Leaders" came back for "Ancelotti's Warning".
"""

from __future__ import annotations

from citebrief.text.en_actors import is_person
from citebrief.text.en_chunks import en_chunks
from citebrief.text.en_title_cover import covering_title
from citebrief.text.en_title_gist import shared_event
from citebrief.text.titles import on_word_boundaries, swapped_title


def covering_unless_outnamed(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """`covering_title`, unless it puts in a person's name that another person outnumbers
    (`outnamed`): then the event two bullets report (`shared_event`), else `title`; `used`
    updated."""
    trial = set(used)
    covered = covering_title(bullets, group_texts, all_texts, trial, title)
    if covered != title and names_a_deed(title) and is_person(covered, all_texts):
        return title  # "Cazorla's Track Choice", not "Theo Walcott"
    if covered == title or not outnamed(covered, bullets, all_texts):
        used.clear()
        used.update(trial)
        return covered
    event = shared_event(bullets, group_texts, used - {title.casefold()})
    if not event:
        return title
    return swapped_title(title, event, used)


def names_a_deed(title: str) -> bool:
    """The title is a name's thing, "Name's Noun" ("Cazorla's Track Choice"): the possessor
    capitalised ("Sachin Tendulkar's Capabilities" too), a noun after it."""
    for mark in ("'s ", "’s "):
        owner, found, thing = title.partition(mark)
        if found and owner.split() and all(w[:1].isupper() for w in owner.split()) and thing.strip():
            return True
    return False


def outnamed(name: str, bullets: list[str], all_texts: list[str]) -> bool:
    """`name` is a person's (`is_person`) and another person, by surname, is named by more of
    the bullets than `name`'s surname is."""
    words = name.split()
    if not words or not is_person(name, all_texts):
        return False
    own = _naming(words[-1], bullets)
    return any(_naming(s, bullets) > own for s in _surnames(bullets, all_texts, frozenset(words)))


def _surnames(bullets: list[str], all_texts: list[str], skip: frozenset[str]) -> set[str]:
    """The surnames of the people the bullets name, but those in `skip` (the name's own words)."""
    found: set[str] = set()
    for bullet in bullets:
        for chunk in en_chunks(bullet):
            if not chunk.name_only or not chunk.text[:1].isupper():
                continue
            last = chunk.text.split()[-1]
            if last in skip or last in found or not last[:1].isupper():
                continue
            if is_person(chunk.text, all_texts):
                found.add(last)
    return found


def _naming(surname: str, bullets: list[str]) -> int:
    """How many bullets write the surname as a word."""
    return sum(on_word_boundaries(surname, b, "en") for b in bullets)
