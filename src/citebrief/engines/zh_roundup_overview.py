"""A Chinese roundup's overview spends no bullet on one item's background.

A product roundup ("扫地机器人@iRobot", "美发直发器@Dyson戴森", "……@昕诺飞") says what it is in its
opening ("随着科技的不断进步，小家电的迭代速度也越来越快……"); the first item's passage opens on
background sentences about that one item ("扫地机器人如今已然不是什么新鲜玩意儿……", "扫地机器人也有
自己的问题……") that are central to the piece (the item's word is said throughout its passage) and
so are picked into the overview, while the item's group lacks its features (the robot's
Anti-Allergen system), and a blind reader scored the brief's coverage low (task s84b). Here, in
a roundup (`text/zh_roundup.roundup_items`), an overview bullet that stands inside one item's
passage (after the item's own line, before the next's) gives way to the nearest sentence of
that passage no bullet cites that names the product with a feature
(`zh_roundup_scenes.names_feature`), which joins the item's group (the group whose bullets all
stand in that passage) where it has room; where no such sentence or room is, the bullet only
leaves (the item's sentences are its group's, never the whole piece's point). The overview keeps
its first point, a bullet that names no item or brand stays, and the item line itself is
`zh_roundup_lines`'s. Run after `zh_roundup_scenes`, on a brief that is not a policy's.
"""

from __future__ import annotations

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_hollow_swaps import nearest_stand_in
from citebrief.engines.zh_roundup_scenes import item_bounds, names_feature, roundup_names

MAX_GROUP = 4  # the item's group takes the feature while it holds three bullets at most


def _passage(k: int, bounds: list[int], size: int) -> tuple[int, int] | None:
    """The item passage (its line, the next item's line or the article's end) sentence `k` stands
    in, past its line; None where `k` is an item's line or stands before the first."""
    before = [b for b in bounds if b <= k]
    if not before or before[-1] == k:
        return None
    return before[-1], next((b for b in bounds if b > k), size)


def _item_group(drafts: list[Draft], start: int, end: int) -> Draft | None:
    """The theme group whose bullets all stand in the passage (`start`, `end`), with room; None
    where none or several do."""
    inside = [d for d in drafts[1:] if d.picked and all(start < i < end for i in d.picked)]
    if len(inside) != 1 or len(inside[0].picked) >= MAX_GROUP:
        return None
    return inside[0]


def item_points_out(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """In a roundup, each overview bullet but the first that stands inside one item's passage
    (`_passage`) and names an item or brand gives way to that passage's uncited feature sentence
    (`names_feature`), which joins the item's group (`_item_group`); where none is, or the group
    has no room, it only leaves: the overview says what the piece is, its first point."""
    if scored.lang != "zh" or len(drafts) < 2 or len(drafts[0].picked) < 2:
        return
    trimmed = scored.trimmed
    names = roundup_names(trimmed)
    if not names:
        return
    bounds = item_bounds(trimmed)
    overview = drafts[0]
    for k in list(overview.picked[1:]):
        passage = _passage(k, bounds, len(trimmed))
        if passage is None or not any(name in trimmed[k] for name in names):
            continue
        start, end = passage

        def inside(i: int, start: int = start, end: int = end) -> bool:
            return start < i < end

        group = _item_group(drafts, start, end)
        best = None
        if group is not None:
            best = nearest_stand_in(scored, k, chosen, lambda text: names_feature(text, names), near_enough=inside)
        overview.drop(k, chosen)
        if group is not None and best is not None:
            group.add(best, chosen)
