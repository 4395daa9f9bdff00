"""An English news brief's overview and its first thread meet where the article's lead ends.

The overview is picked from the lead run for what is most central, and the first theme group
takes the run's other sentences: so the group can open on lead sentences that stand between the
overview's points ("Leishman left Augusta taking with him the best wishes of his sport" heading
a group of the car park outside Augusta, while the overview holds, after Leishman's wife's
illness, the chairman's word on a women's Masters), and readers read that group as two stories.

Where the first theme group holds bullets that come before the overview's last one in the
article, the two are cut again at one point: the overview keeps as many bullets as it had, the
earliest of the two together, and the first group the rest, so each tells its part of the
story in order. Only where the overview's bullets that go down come before every other theme
group (the group stays one run) and none of them reads on from the sentence before it (a
group must not open on "His wife ..."); the brief's bullets and the groups' sizes stay the same.
"""

from __future__ import annotations

from collections.abc import Callable

from citebrief.engines.scored import Draft


def recut_lead(drafts: list[Draft], texts: list[str], goes_on: Callable[[str], bool]) -> bool:
    """Cuts the overview (`drafts[0]`) and the first theme group again (module doc), in place;
    `texts`: each sentence as its bullet says it. Whether anything moved."""
    if len(drafts) < 2 or not drafts[0].picked:
        return False
    overview, themes = drafts[0], [d for d in drafts[1:] if d.picked]
    if not themes:
        return False
    first = min(themes, key=lambda d: min(d.picked))
    inside = [i for i in first.picked if i < max(overview.picked)]
    if not inside:
        return False
    together = sorted([*overview.picked, *inside])
    kept = set(together[: len(overview.picked)])
    down = [i for i in overview.picked if i not in kept]
    rest = [i for i in first.picked if i not in kept]
    later = [min(d.picked) for d in themes if d is not first]
    if later and max(down) > min(later):
        return False  # the group would reach past the next thread's start
    if rest and max(down) > min(rest):
        return False  # the group would take a point from inside its own run: it opens on them or not at all
    if any(goes_on(texts[i]) for i in down):
        return False
    up = [i for i in inside if i in kept]
    overview.picked = [*(i for i in overview.picked if i in kept), *up]
    first.picked = sorted({*rest, *down})
    return True
