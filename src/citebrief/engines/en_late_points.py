"""An English news brief's overview gives a point from deep in the story to the group that holds
the sentence next to it, once the groups are settled.

`en_overview.release_late` sends the overview's late points to their threads while the groups
are still runs, by the words a point shares with a group's bullets. What it cannot see is the
group the brief ends with: the regrouping (`en_groups.py`) and the cover steps put a point's
very neighbour in a group after it ran, and a point that shares no weighed word with the run
("Still, former astronaut John Grunsfeld said it's an exciting time" before "He added, who
knows what that life will look like?"; "It was there that the officer ... was involved in a
mass break-out" after "Bader ... ended up in a German prison camp in Warburg") stays in the
overview, cut from the sentence it is read with. Readers marked such an overview as holding a
bullet that belongs with a group, and the group as opening or ending on words whose speaker or
place is above it.

Here an overview bullet after the first theme group's first bullet whose neighbouring sentence
in the article is a theme group's bullet goes to that group where the group holds `MAX_GROUP`
bullets at most after it, the point restates none of its bullets (two bullets of one point side
by side read as a repeat), the overview keeps `MIN_OVERVIEW` points, and the point is read with
that group: it reads on from the bullet before it (`leans`: "It was there ...", "But Gomis ...";
only so does one of the article's first `LEAD_SENTENCES` go), a bullet of the group goes on from
it, or no other group nor the rest of the overview shares more of its words (Isco brought in on
Saturday stays under Benzema missing Saturday's game). A point past the first passages whose
neighbour's group does not tie it, or that has no bullet beside it, goes instead to the group sharing
clearly most of its words (`en_deep_points`), and one that neither ties goes, once the others
have moved, to the one group writing a name it writes (`en_deep_points.naming_home`). The
overview takes the earliest lead sentence that says nothing a bullet says in its place where
there is one that stands alone (`en_overview.lead_stand_in`). English articles read in runs of sentences only.
"""

from __future__ import annotations

from citebrief.engines.en_actor_groups import leans
from citebrief.engines.en_deep_points import naming_home, point_ties, sharing_home
from citebrief.engines.en_lead_swaps import lead_taken_back, says_again
from citebrief.engines.en_overview import LEAD_SENTENCES, MIN_OVERVIEW, lead_stand_in
from citebrief.engines.en_story_splits import goes_on
from citebrief.engines.scored import Draft, Scored
from citebrief.engines.themes import Themes

MAX_GROUP = 5  # bullets a group holds at most once the point joins it (a folded group's size)
READ_ON = 3  # sentences from the point to a group's bullet that reads on from it, at most


def late_points_given(scored: Scored, drafts: list[Draft], chosen: list[int], themes: Themes | None) -> Draft:
    """The overview (`drafts[0]`), each of its bullets that stands past the lead beside a theme
    group's bullet moved to that group (module doc) and its place filled from the lead
    (`chosen`: every bullet, kept in step). Unchanged but for an English article read in runs
    of sentences (`themes`: None for any other, or where the groups were asked for)."""
    overview = drafts[0]
    if scored.lang != "en" or themes is None or themes.sentences is None or len(drafts) < 2:
        return overview
    give_late_points(scored, drafts, chosen)
    return overview


def give_late_points(scored: Scored, drafts: list[Draft], chosen: list[int]) -> int:
    """Moves each overview bullet of `drafts[0]` that stands past the lead beside a theme
    group's bullet to that group (module doc), and fills its place from the lead (`chosen`:
    every bullet, kept in step); returns the moves."""
    if len(drafts) < 2:
        return 0
    overview, themes = drafts[0], drafts[1:]
    body = min(i for d in themes for i in d.picked)  # where the threads begin
    moved = 0
    unplaced: list[int] = []  # points no neighbour nor words tie to a group: last, a name may (`en_deep_points`)
    for i in [i for i in overview.picked if i > body]:
        home = _beside(scored, themes, i)
        reads_on = home is not None and leans(scored.units[i].text) and i - 1 in home.picked
        if home is not None and i < LEAD_SENTENCES and not reads_on:
            continue  # a lead sentence stays in the overview unless it reads on from a thread's bullet
        if home is not None and not reads_on and not _closest(scored, themes, i, home, overview):
            home = None  # it shares more with another group or the overview: its neighbour is no more than that
        if home is None:  # ... but a deep point goes to the group telling its thread (`en_deep_points`)
            home = sharing_home(scored, themes, i, overview)
        if home is None:
            unplaced.append(i)
        moved += _given(scored, overview, home, i, body, chosen)
    for i in unplaced:  # after the others, so that none keeps a point for want of room
        moved += _given(scored, overview, naming_home(scored, themes, i, overview), i, body, chosen)
    return moved


def _given(scored: Scored, overview: Draft, home: Draft | None, i: int, body: int, chosen: list[int]) -> bool:
    """Whether overview point `i` went to `home` (module doc), its place filled from the lead."""
    if home is None or len(home.picked) >= MAX_GROUP:
        return False
    if any(says_again(scored, i, j) for j in home.picked):
        return False
    stand_in = lead_stand_in(scored, chosen, body, i)
    if stand_in is not None and (leans(scored.units[stand_in].text) or stand_in + 1 in chosen):
        stand_in = None  # "But she also devoured ...": read with the bullet after it, not alone
    taken_back = None  # a two-point overview takes back a lead sentence a group holds (`en_lead_swaps`)
    if stand_in is None and len(overview.picked) <= MIN_OVERVIEW:
        taken_back = lead_taken_back(scored, overview, i, home)
        if taken_back is None:
            return False
    overview.move(i, home)
    if taken_back is not None:
        home.move(taken_back, overview)
    if stand_in is not None:
        overview.add(stand_in, chosen)
    return True


def _beside(scored: Scored, themes: list[Draft], i: int) -> Draft | None:
    """The theme group holding a sentence next to `i` in the article: the one before where `i`
    reads on from it, else the one after where that reads on from `i`, else the one before,
    else the one after (a one-block article's passages are cut by length, so a passage's
    edge parts no neighbours)."""
    units = scored.units
    holder = {j: d for d in themes for j in d.picked}

    def at(j: int) -> Draft | None:
        return holder.get(j) if 0 <= j < len(units) else None

    before, after = at(i - 1), at(i + 1)
    if before is not None and leans(units[i].text):
        return before
    if after is not None and leans(units[i + 1].text):
        return after
    return before if before is not None else after


def _closest(scored: Scored, themes: list[Draft], i: int, home: Draft, overview: Draft) -> bool:
    """No other theme group, nor the rest of the overview, shares more of its weighed words with
    point `i` (the most it shares with one of its bullets, `en_groups.similarity`) than `home`:
    Bale's fitness, a sentence after a manager's words on set-pieces, belongs with the bullets on
    Bale; Isco coming in on Saturday, beside the league table, with Benzema missing Saturday's
    game above it. A bullet of `home` that goes on from `i` (within `READ_ON` sentences after
    it, each sentence between going on from the one before, `en_story_splits.goes_on`: Grunsfeld's
    quotation, "And, he added, who knows ...") ties it whatever the words."""
    after = [j for j in home.picked if i < j <= i + READ_ON]
    if after and all(goes_on(scored.units[k].text, leans) for k in range(i + 1, after[0] + 1)):
        return True
    tie, rest = point_ties(scored, themes, i, overview)
    own = tie(home.picked)
    return tie(rest) <= own and all(tie(d.picked) <= own for d in themes if d is not home)
