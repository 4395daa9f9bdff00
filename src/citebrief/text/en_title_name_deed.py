"""An English group title that is a person's name alone takes the deed a bullet writes right
after that person's full name, wherever in the bullet the name stands: blind readers of en-cnndm
briefs mark a bare name ("Gareth Bale" over his coach's word that he is fit again, "Ali Carter"
over the frames he lost) as a title that says who, not what; a headline writes "Bale's Return",
"Carter's Struggles".

`en_title_name_event` reads the same form, but only in a bullet whose actor is the person and
only after the surname alone, so it passes over "... with Welsh attacker Gareth Bale set to
return" (the coach's sentence) and over "Ali Carter continued to struggle" (a surname that
stands inside a longer name is no name of its own to `en_overview_deed.deed_at`). Read of a
group's bullets (sentences of a news article):

- the title is a person's name alone (`en_actors.is_person`, no possessive), of two words or
  more, and its surname is said in half the group's bullets or more;
- a bullet writes the title's name as written, then a deed verb of `data/en_named_deeds.tsv`
  right after it or its appositive (`en_overview_deed.deed_at`: "set to return" → "return");
  not in a clause a time word opens ("After Beck was jailed, many politicians spoke out": the
  background to what the group tells, not its news), nor a deed the bullet dates to a year or a
  month (`en_dated.dated`: what came before the news);
- the title "Surname's Noun" is free of the titles given and grounded as `bench/brief_checks.py`
  grounds it (`en_overview_deed.grounded`: the name and the noun or its verb as written).

`full_name_deed` reads one bullet; `en_title_name_event.name_event_title` asks it where its own
readings find nothing, and gives the title.
"""

from __future__ import annotations

import re

from citebrief.text.en_dated import dated
from citebrief.text.en_overview_deed import deed_at
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.name_places import name_spans

# a clause a time word opens, up to the name: "After Beck", "When the striker Glenn Murray"
_TIME_CLAUSE = LazyPattern(r"\b(?:after|before|when|since|until|once|while|as)\s[^,.;:!?]*$", re.IGNORECASE)


def full_name_deed(name: str, bullet: str) -> str:
    """The noun of the first deed the bullet writes right after `name` as written, outside a
    time clause and undated; ''."""
    for start, end in name_spans(name, bullet):
        if _TIME_CLAUSE.search(bullet[:start]):
            continue
        noun = deed_at(bullet, start, end)
        if noun and not dated(bullet, end):
            return noun
    return ""
