"""An English news group whose bullets come both before and after another whole group reads as
two stories under one title: a news story is told in sequence (the incident, the reaction, the
response), and a group that straddles another tells the reader that the straddled group's part
of the story interrupts it. Word-sharing moves (`en_groups.py`, `en_orphans.py`,
`en_name_moves.py`) leave such groups: a trial's penalty phase beside the defence's case, the
victim's testimony at the article's end back in the group of the school's lawsuit at its start.

Where a group's bullets lie on both sides of one or more whole groups and none between them,
its smaller side (the fewer bullets; the one nearer the group it would join, where both are as
many) joins the group it neighbours in the article: the bullets before, the first straddled
group; the bullets after, the last; but a side that lies inside a third group's span (a court
story's last guilty plea among the sentencing's closing lines) joins that group, and a side
partly inside one stays. Only where the straddling group keeps two bullets and the joined one
holds `max_group` at most. The bullets stay the same; the titles are given after
(`en_title_groups.py`, `group_titles.py`) as for any group.
"""

from __future__ import annotations

from citebrief.engines.scored import Draft

MAX_ROUNDS = 4  # each round undoes a straddle or ends; a brief has four theme groups at most


def unnest(drafts: list[Draft], *, min_group: int, max_group: int, kept: frozenset[int] = frozenset()) -> None:
    """Moves, in place, the smaller side of each group of `drafts` that straddles whole groups
    to the group beside it (see the module's docstring); a group that holds a bullet of `kept`
    stays whole (a trade put it with its thread: `en_thread_swaps.py`)."""
    for _ in range(MAX_ROUNDS):
        if not any(_unnest_one(outer, drafts, min_group, max_group, kept) for outer in drafts):
            return


def _unnest_one(outer: Draft, drafts: list[Draft], min_group: int, max_group: int, kept: frozenset[int]) -> bool:
    """Moves one side of `outer` where it straddles whole groups; whether it moved one."""
    if len(outer.picked) < min_group + 1 or kept.intersection(outer.picked):
        return False  # too few to split, or a thread told in two places that a trade put together
    first, last = min(outer.picked), max(outer.picked)
    inner = [d for d in drafts if d is not outer and d.picked and first < min(d.picked) and max(d.picked) < last]
    if not inner:
        return False
    start = min(min(d.picked) for d in inner)
    end = max(max(d.picked) for d in inner)
    if any(start < i < end for i in outer.picked):
        return False  # interleaved, not straddling: no side to move
    before = [i for i in outer.picked if i < start]
    after = [i for i in outer.picked if i > end]
    head = min(inner, key=lambda d: min(d.picked))
    tail = max(inner, key=lambda d: max(d.picked))
    sides = [  # (bullets, group they join, gap to it), the smaller side first
        (before, head, start - max(before)),
        (after, tail, min(after) - end),
    ]
    sides.sort(key=lambda side: (len(side[0]), side[2]))
    moved, target, _ = sides[0]
    others = [d for d in drafts if d.picked and d is not outer and d is not target]
    holders = [d for d in others if min(d.picked) < min(moved) and max(moved) < max(d.picked)]
    if holders:  # the side lies inside a third group's span: that group is the one it reads with
        target = holders[0]
    elif any(min(d.picked) < i < max(d.picked) for d in others for i in moved):
        return False  # partly inside a third group: no one group to join
    if len(outer.picked) - len(moved) < min_group or len(target.picked) + len(moved) > max_group:
        return False
    outer.picked = [i for i in outer.picked if i not in moved]
    target.picked = sorted(target.picked + moved)
    return True
