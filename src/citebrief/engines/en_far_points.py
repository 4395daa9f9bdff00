"""An English overview point from far down the story, passages away from every other key point,
goes to the theme group told from its passage.

`en_late_points` gives an overview point past the lead to the group holding the sentence next
to it, and `en_deep_points` to the group sharing clearly most of its words, each into a group of
five at most and while the groups are still being settled. A point whose neighbours are no
bullets, or whose group is full, stays among the key points, read beside a lead it has nothing
to do with: "Pacman, Manny's nine-year-old Jack Russell terrier ..." (passage 9) under the
fight's two opening points while the group "Manny" holds passages 8 to 10 (en-cnndm 77); the
superintendent's new rule for board members at parent-teacher meetings (7) above the group on
that very meeting (3 to 6; en-cnndm 44).

Here, once the groups are settled, an overview point (not its first) whose passage is `FAR`
passages or more from those of all its other points goes to the theme group holding a bullet
within `NEAR` passages of it, nearer than any other group's, where that group holds `MAX_GROUP`
bullets at most with it and shares some of the point's weighed words, as many as the rest of the
overview and every other theme group do (`en_deep_points.point_ties`); the overview keeps
`MIN_OVERVIEW` points. A point that reads on from the sentence before it (`leans`: "He told
Racemail: ...", en-cnndm 96) stays: away from that sentence its pronoun would point at another's
name; let go where that sentence is the group's bullet, the columnist's "And yet when ... we're
right there to demand ..." joined "We're a society obsessed with putting celebrities on a
pedestal" (199), but that group's title fell to "Actual Press". So does a point whose words tie
it to the key points or to no group: Eugenie's birthday glasses (76) share her name with the
overview (moved, her birthday group's title fell from "St James's Palace" to "Audience"), and
Frankie's academy club (4) shares no word with his mother's group beside it. en-cnndm: 2 of
200 briefs change as pasted (44, 77), and in the benches' three-sentence paragraphs 75 (Silicon
Valley's pay gap joins the tensions over homelessness); en-xsum none. English news and features
read in runs only (`final_groups`).

`FAR` was 4; at 3 the treasure inquest's other finds (passage 4) leave the coin's discovery
(passage 1) for the group on the coin, whose title then names it ("Byzantine Gold Coin", not
"Marsden on the Coin", en-xsum 127), and the WHO report's warning (4) joins the week's case
figures (en-cnndm 116). A point opening on what the sentence before said ("With that fact in
mind, …", `en_back_reference.points_back_en`) stays as a leaning one does: after the horse's
wins its "that fact" would point at them (en-xsum 37). So does one that opens on things beside
the story's own ("Other items declared treasure at the coroner's inquest include …",
`text.en_aside_opening`): it belongs to no thread, and under the coin's group it mixed it and
its title took the coin from Marsden's quotation ("Byzantine Gold Coin", en-xsum 127).
"""

from __future__ import annotations

from citebrief.engines.en_actor_groups import leans
from citebrief.engines.en_deep_points import point_ties
from citebrief.engines.en_overview import MIN_OVERVIEW
from citebrief.engines.scored import Draft, Scored
from citebrief.text.en_aside_opening import opens_aside
from citebrief.text.en_back_reference import points_back_en

FAR = 3  # passages between a point and every other overview point's, at least
NEAR = 1  # passages between the point and a bullet of the group it joins, at most
MAX_GROUP = 6  # bullets the group holds at most once the point joins it


def far_points_given(scored: Scored, drafts: list[Draft]) -> int:
    """Moves each overview point of `drafts` (overview first) from far down the story to the
    theme group told from its passage (module doc); returns the moves."""
    if len(drafts) < 2:
        return 0
    overview, themes = drafts[0], drafts[1:]
    passage = [u.paragraph for u in scored.units]
    moved = 0
    for i in list(overview.picked[1:]):
        others = [passage[j] for j in overview.picked if j != i]
        if len(others) < MIN_OVERVIEW or min(abs(passage[i] - p) for p in others) < FAR:
            continue
        text = scored.units[i].text
        if leans(text) or points_back_en(text) or opens_aside(text):
            continue
        home = _nearest(themes, passage, i)
        if home is None or len(home.picked) >= MAX_GROUP:
            continue
        tie, rest = point_ties(scored, themes, i, overview)
        own = tie(home.picked)
        if own <= 0 or own < tie(rest) or any(tie(d.picked) > own for d in themes):
            continue  # its words tie it to the key points or to another thread
        overview.move(i, home)
        moved += 1
    return moved


def _nearest(themes: list[Draft], passage: list[int], i: int) -> Draft | None:
    """The theme group holding a bullet within `NEAR` passages of point `i`, nearer than any
    other group's; None where there is none or two groups come as near."""
    gaps = sorted((min(abs(passage[i] - passage[j]) for j in d.picked), n) for n, d in enumerate(themes) if d.picked)
    if not gaps or gaps[0][0] > NEAR or (len(gaps) > 1 and gaps[1][0] == gaps[0][0]):
        return None
    return themes[gaps[0][1]]
