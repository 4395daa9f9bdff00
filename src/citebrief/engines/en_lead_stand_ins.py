"""An English overview of two points that gives its deep point to a theme group takes, in its
place, the lead sentence that opens the first theme group.

`en_late_points` moves an overview point from deep in the story ("With limited resources comes
innovation, as is evident with one mother who has attached a cane high chair ..." [7]; "Fredy
Hinestroza scored the only goal of the game ..." [3], another match than the one the lead tells)
to the group telling it, and fills the overview's place with a lead sentence no bullet holds. Where
every lead sentence is already a bullet and the overview holds two points, it kept the deep point:
an overview of one point reads as no overview. Readers then met "Key points" holding the lead and
one sentence from the story's end, while the group after it opened on the lead's very next
sentence ("But there's one sight the becomes most engrained in the memories of even the most
seasoned traveller ..."; "Aduriz pounced in the 90th minute to secure a 1-1 draw ...").

Here that first theme bullet moves up to the overview in the deep point's place where it stands
in the lead passage (passage 1, read with the overview's point before it), reads on from nothing
but the overview's own last point, no bullet of its group reads on from it (a speaker's words stay
with the speaker: `en_story_splits.goes_on`), and its group keeps `MIN_LEFT` bullets once the
deep point has joined its home. English news read in runs of sentences only (the caller's).
"""

from __future__ import annotations

from citebrief.engines.en_actor_groups import leans
from citebrief.engines.en_story_splits import goes_on
from citebrief.engines.scored import Draft, Scored

MIN_LEFT = 2  # bullets the first theme group keeps once its lead sentence has gone up, at least
LEAD_PASSAGE = 1  # the passage a one-block article's lead is cut into


def first_theme_lead(scored: Scored, themes: list[Draft], overview: Draft, point: int, home: Draft) -> int | None:
    """The sentence opening the first theme group of `themes` that may take overview point
    `point`'s place as `point` goes to `home` (module doc), else None."""
    first = min(themes, key=lambda d: min(d.picked))
    lead = min(first.picked)
    unit = scored.units[lead]
    if unit.paragraph != LEAD_PASSAGE or lead > point:
        return None
    kept = len(first.picked) - 1 + (first is home)
    if kept < MIN_LEFT:
        return None
    rest = [i for i in overview.picked if i != point]
    if leans(unit.text) and lead - 1 not in rest:
        return None  # "But there's one sight ..." reads on from the overview's point, or from none
    after = sorted(i for i in first.picked if i > lead)
    if after and after[0] <= lead + 1 and goes_on(scored.units[after[0]].text, leans):
        return None  # the group's next bullet goes on from it: the two stay together
    return lead
