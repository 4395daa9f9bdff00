"""An English theme group of two bullets that names no one and nothing new joins the group before it.

A story read in runs is cut where its words turn, and a run that yields two bullets becomes a
group of its own even where it goes on with the thread before it: the footage of an arrest after
the arrest ("In the footage, Adeli is asked to show his identification ..." under its own title
after "The video of his arrest ... has been posted on Facebook"), a researcher's further words
after the bullet that names him, a playboy's scandals after his fortune. Readers read such a pair
as a fragment of the group before, under a second title for one strand. Where the pair's bullets
write no name (a capitalized word past a sentence's first, `en_groups.name_families`) that the
group before or the overview does not write, the pair tells no new person, place or body: it
joins the group before, which holds `MAX_GROUP` bullets at most with it. A pair that brings in a
name stays (a rival match's player, an earlier cheat, a landlord's account, a separate ruling:
another strand), nor does one that opens on a turn to another thread ("In a separate development,
ISIS has announced ...", "Meanwhile, ..."). Only where `MIN_THEMES` theme groups stay, the pair
follows the whole group before it in the article, and once a brief (the groups stay runs, in
order). English news and features read in runs only (not asked for --groups, not a policy or essay).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain, pairwise

from citebrief.engines.en_groups import name_families
from citebrief.engines.scored import Draft
from citebrief.text.en_thread_turns import THREAD_TURN

PAIR = 2  # bullets of a group that may be a fragment of the one before
MAX_GROUP = 5  # bullets the group before holds with the pair, at most (a folded group's size)
MIN_THEMES = 2  # theme groups the brief keeps, at least


def join_pair(texts: Sequence[str], drafts: list[Draft]) -> bool:
    """Moves the bullets of the first theme group of `drafts` (overview first) that is a pair
    naming nothing new into the theme group before it and drops the pair's group (module doc);
    `texts` are the article's sentences as their bullets say them. Returns whether it joined."""
    themes = sorted(drafts[1:], key=lambda d: min(d.picked))
    if len(themes) <= MIN_THEMES:
        return False
    said = set(chain.from_iterable(name_families(texts[i]) for i in drafts[0].picked))
    for before, pair in pairwise(themes):
        if len(pair.picked) != PAIR or len(before.picked) + PAIR > MAX_GROUP:
            continue
        if min(pair.picked) < max(before.picked) or THREAD_TURN.search(texts[min(pair.picked)]):
            continue  # the two interleave (not one run after the other), or the pair turns away
        named = said | set(chain.from_iterable(name_families(texts[i]) for i in before.picked))
        if any(name_families(texts[i]) - named for i in pair.picked):
            continue
        for bullet in list(pair.picked):
            pair.move(bullet, before)
        drafts.remove(pair)
        return True
    return False
