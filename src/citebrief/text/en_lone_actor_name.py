"""An actor group's name that one bullet alone writes does not title it where another person is
named by more of its bullets: a blind reader of en-cnndm 14 marks "Eddie Coyle" over five
bullets of a driver's hearing (the prosecutor speaks in one; "he declined", "he said" of the
next two are the driver's, whom two bullets name) as naming someone the group is not about.
The actor reader takes those pronouns for the last name written, so its count of the
prosecutor's bullets is not what the bullets say; here the names are counted as written.

The name gives way to the proceeding the bullets report, as the person more of them name
owns it ("Giggs's Sentencing", `en_title_own_event`'s court words), else to what the title
steps find the bullets say (as for a name the overview gives already).
"""

from __future__ import annotations

from citebrief.text.en_title_outnamed import outnamed
from citebrief.text.en_title_own_event import _proceeding
from citebrief.text.en_title_possessed import surnames_named
from citebrief.text.titles import display_title, free_of, on_word_boundaries

MIN_BULLETS = 3  # a group's bullets, at least: of two, one bullet is half of them


def lone_name_title(name: str, bullets: list[str], all_texts: list[str], used: set[str]) -> str:
    """`name`, unless it is a person's written by one of the group's `bullets` only (three or
    more) and another person is named by more of them (`outnamed`): then "Surname's Proceeding"
    of the person most of them name where two bullets speak of a court, else '' (the title
    steps name the group). `used`: the titles given, casefolded."""
    words = name.split()
    if len(bullets) < MIN_BULLETS or not words:
        return name
    if sum(on_word_boundaries(words[-1], b, "en") for b in bullets) != 1:
        return name
    if not outnamed(name, bullets, all_texts):
        return name
    ranked = surnames_named(bullets, all_texts).most_common(2)
    proceeding = _proceeding(bullets)
    if not proceeding or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return ""
    phrase = f"{ranked[0][0]}'s {display_title(proceeding, 'en')}"
    return phrase if free_of(phrase, used) else ""
