"""An English group titled by an outlet's time label that tells a match's lead: the player's lead.

A snooker report's group of the match's progress ("firing two rapid centuries in establishing a
12-4 lead, needing just one more in Monday's closing session", "Armed with a 5-3 lead from the
opening session, O'Sullivan took the opening two frames") names no event word and no whole name,
so `en_title_event.reader_title` found nothing to put for the time label "Monday's Closing
Session", which says when, not what (and the bullets tell Sunday's play: en-cnndm 48). What the
bullets report is the player's lead: the score said as "a 12-4 lead" (the widest of those said),
owned by the person a bullet names by surname, "O'Sullivan's 12-4 Lead". None where no bullet says
a score's lead or names a person.
"""

from __future__ import annotations

from citebrief.text.en_actors import person_key
from citebrief.text.en_chunks import en_chunks
from citebrief.text.lazy_re import LazyPattern

_SCORE_LEAD = LazyPattern(r"\b(\d{1,2})-(\d{1,2}) lead\b")


def score_lead_title(bullets: list[str], all_texts: list[str], used: set[str]) -> str:
    """The title "<Surname>'s <score> Lead" of the widest lead the bullets `bullets` say and the first person
    they name (as `all_texts`, the article's paragraphs, knows them); '' where either is missing or
    the title is in `used`."""
    leads = [m for b in bullets for m in _SCORE_LEAD.finditer(b) if int(m[1]) > int(m[2])]
    if not leads:
        return ""
    widest = max(leads, key=lambda m: (int(m[1]) - int(m[2]), int(m[1])))
    owner = next((name for name in _names(bullets) if person_key(name, all_texts)), "")
    if not owner:
        return ""
    title = f"{owner.split()[-1]}'s {widest[1]}-{widest[2]} Lead"
    return "" if title.casefold() in used else title


def _names(bullets: list[str]) -> list[str]:
    """The names the bullets say, in order."""
    return [c.text for b in bullets for c in en_chunks(b) if c.name_only]
