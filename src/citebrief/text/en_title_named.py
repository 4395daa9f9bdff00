"""An English group title that one bullet alone says, over a group that is mostly one person's
words or deeds: blind readers of en-cnndm briefs mark a title only one bullet says ("Brad Pitt
Film" over four of a boxer's oddities, "Tony Blair" over a singer's return to Labour) as one
bullet's phrase, not the group's theme, and keep the name of the person the bullets are about
("Simon Scott" over his three posts, "Bale"). So, the other title steps done, a title whose
words one bullet at most says (of three or more) gives way to the person whose words or deeds
half the bullets are (`speaker_name`: two at least, free of the titles given), unless it names
an event ("Car Crash": what happened, which a name does not say) or is one word a bullet writes
in lower case: a matter the group is about ("Absenteeism" over a union's warning that staff
will call in sick read better than "Paul Dundon", who gave it), or every bullet is something
said: a parent's account of a meeting reads better as what he was shown ("Internet Propaganda")
than as "Scott" (tests/test_en_actors.py). Where no one is, it stays.

Tried and left: any name half the bullets say (`name_said`) in place of the person: of 11
briefs in 200 it changed, "Premier League" over a footballer's ban, "Ibe" over Sterling and
Ibe's shisha pipes, "Idaho", "NYPD" and "Prime Minister" read worse; with a person's name alone
(the article gives them a first name), "Christian" and "England" still came. A bullet counted
as saying the title only where it says all its words: "Mr Scott" took "Simon Scott"'s place.
The name the article first writes whole (`first_named`): "Elton" went where no paragraph of the
group writes "Elton John".
"""

from __future__ import annotations

import re

from citebrief.text.en_chunks import generic_en
from citebrief.text.en_title_actor import speaker_name
from citebrief.text.en_title_choice import family, heard
from citebrief.text.en_titles import event_word
from citebrief.text.titles import display_title, on_word_boundaries, swapped_title

MIN_BULLETS = 3  # a group of two: the title's one bullet is half of it
MAX_SAYERS = 1  # bullets that say the title's words, at most, for it to be one bullet's
_WORD = re.compile(r"[A-Za-z]+")
_SAID = re.compile(r"['‘’\"“”]|\b(?:said|says|say|told|tells|explained|explains|added|claimed|claims|recalled)\b")


def named_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` unless one bullet at most of three or more says its words, it names no event,
    and half the bullets are one person's words or deeds (`speaker_name`); `used` updated."""
    if len(bullets) < MIN_BULLETS or not title:
        return title
    words = _WORD.findall(title)
    if words and event_word(words[-1]):
        return title  # "Knee Injury", "Car Crash": what happened to the person
    if len(words) == 1 and any(on_word_boundaries(title.lower(), b, "en") for b in bullets):
        return title  # "Absenteeism", "Cancellation": a matter a bullet names in a word, not its aside
    if all(_SAID.search(b) for b in bullets):
        return title  # an account: what it tells names it, not who tells it
    own = {family(w) for w in words if len(w) > 2 and not generic_en(w)}
    if sum(not own.isdisjoint(heard(b)) for b in bullets) > MAX_SAYERS:
        return title
    name = speaker_name(bullets, group_texts, all_texts, used - {title.casefold()})
    if not name:
        return title
    return display_title(swapped_title(title, name, used), "en")
