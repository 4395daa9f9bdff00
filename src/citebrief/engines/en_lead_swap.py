"""An English news brief's overview trades a late point it could not give back for a lead
sentence a full thread holds.

`en_overview.release_late` gives a late overview point back to its thread where that thread
has room. A round-up's threads fill up fast: "Asenjo ... spilled Sergio Garcia's cross ... to
complete Villarreal's misery" stays in the overview beside Aduriz's equaliser while the
thread holding Villarreal's defeat, full, also holds "Aduriz pounced in the 90th minute to
secure a 1-1 draw", the lead's own result. The two change places: the overview tells the lead's
story whole, the late point joins the thread it shares most with.
"""

from __future__ import annotations

from collections.abc import Callable

from citebrief.engines.scored import Draft

LEAD_SENTENCES = 3  # a thread's bullet among the article's first sentences is part of the lead
TIED = 0.1  # what the late point shares with a bullet of the full thread, at least (`en_groups.EDGE_SHARED`)


def swap_late(
    drafts: list[Draft],
    late: list[int],
    tie: Callable[[int, Draft], float],
    restates: Callable[[int, int], bool],
) -> int:
    """For each bullet of `late` still in the overview (`drafts[0]`), the theme group it ties
    to most (`tie`, at least `TIED`) gives up its earliest bullet among the first
    `LEAD_SENTENCES` of the article, unless that repeats an overview bullet (`restates`), and
    takes the late one in its place. Returns the swaps made."""
    overview, themes = drafts[0], drafts[1:]
    swaps = 0
    for i in late:
        if i not in overview.picked or not themes:
            continue
        best = max(themes, key=lambda d: tie(i, d))
        if tie(i, best) < TIED:
            continue
        lead = [j for j in best.picked if j < LEAD_SENTENCES and j != i]
        lead = [j for j in lead if not any(restates(j, k) for k in overview.picked if k != i)]
        if not lead:
            continue
        j = lead[0]
        overview.picked = sorted([*(k for k in overview.picked if k != i), j])
        best.picked = sorted([*(k for k in best.picked if k != j), i])
        swaps += 1
    return swaps
