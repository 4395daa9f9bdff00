"""A key point `en_lead_gives` gave a theme pair goes back to the key points where the pair's title
does not speak of it.

The give is right where the point opens an episode the pair goes on with (King's "I'm feeling much
better" under "King's Condition"); where the title the group then takes is a phrase of the pair
alone, the point opening the group sits under a heading about something else: en-cnndm 99's "The
child was rescued by his parents" opening "Stable Condition" (a blind reader preferred the brief
with the rescue among the key points), en-xsum 13's Oldknow Academy's funding warning opening
"Head Teacher", 52's sentence at the sheriff court opening "Homeless Accommodation", 132's
suspects' description opening "Inquiries". So once the groups are titled, a given point that opens
its group and shares no word family with the group's title (`en_title_choice.families`, its
connectives "of", "the", "on" … aside) goes back to the end of the key points, and every title is
chosen again as it was before. A point that ends its group (India's aid "by Monday" closing
"Crisis Mode", the title read from the run it closes) stays, as does one the title speaks of, and
one the bullet after it points back to ("that many runs" after en-xsum 109's target of 412, "such
figures" after en-cnndm 122's questioned numbers): without it that bullet would open on a riddle.
"""

from __future__ import annotations

from collections.abc import Callable

from citebrief.engines.scored import Draft
from citebrief.text.chunks import word_list
from citebrief.text.en_title_choice import families
from citebrief.text.lazy_re import LazyPattern

# a title's own connectives ("Reaction to the Ruling", "Cameron on the Economy"): no word of its subject
_CONNECTIVES = frozenset(word_list("of the and on to for in with at by from over about after a an"))
# words that point back to what the sentence before said ("such figures", "that many runs")
_POINTS_BACK = LazyPattern(r"\b(?:[Ss]uch|[Tt]hat many|[Tt]hat much|[Tt]hose|[Tt]hese)\b")


def titled_taking_back(drafts: list[Draft], bullets: list[str], used: set[str], title_all: Callable[[], None]) -> bool:
    """Titles `drafts` (overview first) by `title_all`, which reads and fills `used`; where a point
    given to a group opens it and its title does not speak of it (module doc), the point goes back
    to the overview, the titles and `used` go back to what they were, and all are titled again.
    `bullets` are the sentences' trimmed texts. Returns whether a point went back."""
    used_before, titles_before = set(used), [(d, d.title) for d in drafts]
    title_all()
    if len(drafts) != len(titles_before) or any(d is not t for d, (t, _) in zip(drafts, titles_before, strict=True)):
        return False  # groups joined while titled: their titles are no longer the ones read here
    taker = next((d for d in drafts[1:] if d.given in d.picked), None)
    if taker is None or min(taker.picked) != taker.given or _speaks_of(taker.title, bullets[taker.given]):
        return False
    if _POINTS_BACK.search(bullets[sorted(taker.picked)[1]]):
        return False  # "Only two teams have chased that many runs": the point it leans on stays before it
    taker.picked = [k for k in taker.picked if k != taker.given]
    drafts[0].picked = [*drafts[0].picked, taker.given]
    taker.given = -1
    used.clear()
    used.update(used_before)
    for draft, title in titles_before:
        draft.title = title
    title_all()
    return True


def _speaks_of(title: str, bullet: str) -> bool:
    """Whether the title shares a word family with the bullet, its connectives aside."""
    own = families(" ".join(w for w in title.split() if w.lower() not in _CONNECTIVES))
    return bool(own & families(bullet))
