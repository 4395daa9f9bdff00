"""A Chinese list whose lead-in says how many items it has ("提出4项重点任务：发展高端冷水鱼，……；
提质大宗淡水鱼，……；壮大优势罗非鱼，……；培植特色水产品，……。") or whose items are numbered
("一是……；二是……", "（一）……；（二）……"), quoted by a group in all its items but one: the reader is
promised four and given three, the missing one with its own figures (罗非鱼 22万吨, 70亿元). A list
too long to be said whole (`zh_item_lists.whole_lists`) stays as items; the missing item joins the
group as its own bullet, where the list's items stand in source order. Left out where it repeats a
bullet of the brief, where another group quotes an item of the list, where the group would pass
MAX_GROUP_BULLETS, or where the missing item is the first: the lead-in it opens stands in the next
item's bullet already, and a second bullet saying it would read as a repeat.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from citebrief.engines.bullets import repeats_any
from citebrief.engines.scored import Scored
from citebrief.engines.zh_item_lists import list_run
from citebrief.engines.zh_list_shapes import NUMERALS, in_other_group
from citebrief.model import Point
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.numbers import zh_or_arabic

MAX_GROUP_BULLETS = 5  # a group longer than this reads as a list pasted, not a theme
MIN_ITEMS = 3  # of two items, one missing is half the list: a choice the picking made, not a gap

# the count the lead-in states before its "：": "4项重点任务", "五个方面", "三条措施", "两大任务"
_STATED_COUNT = LazyPattern(rf"([{NUMERALS}两\d]{{1,2}})(?:项|个方面|方面|条|大|点|个)[^，。；：:]{{0,12}}[：:]")
# an item's number: "二是", "（二）", "第二，"
_NUMBERED = LazyPattern(rf"^\s*(?:[{NUMERALS}]+是|[（(][{NUMERALS}]+[）)]|第[{NUMERALS}]+[，,、])")


def _count(word: str) -> int | None:
    """The number a count word says ("4", "四", "两"); None for a Chinese one past ten."""
    return zh_or_arabic(word) if word.isdigit() or len(word) == 1 else None


def announced(texts: Sequence[str], items: Sequence[int]) -> bool:
    """Whether the list's lead-in states its number of items, or every item opens on its number."""
    stated = _STATED_COUNT.search(texts[items[0]])
    if stated is not None and _count(stated.group(1)) == len(items):
        return True
    return all(_NUMBERED.match(texts[k]) for k in items)


def missing_items_joined(
    scored: Scored,
    picked: list[list[int]],
    points: list[list[Point]],
    bullet_of: Callable[[int, int], Point],
) -> None:
    """Each Chinese group that quotes all but one item of an announced list given the missing item
    as its own bullet, in source order (`picked` and `points` updated in place); `bullet_of(g, k)`
    is the bullet group g would say sentence k with (`cited_points`)."""
    if scored.lang != "zh":
        return
    texts = [unit.text for unit in scored.units]
    paragraphs = [unit.paragraph for unit in scored.units]
    for g, mine in enumerate(picked):
        seen: set[tuple[int, int]] = set()
        for i in list(mine):
            run = list_run(texts, paragraphs, i, scored.passages, any_length=True)
            if run is None or run in seen:
                continue
            seen.add(run)
            items = range(run[0], run[1] + 1)
            missing = [k for k in items if k not in mine]
            if len(items) < MIN_ITEMS or len(missing) != 1 or len(mine) >= MAX_GROUP_BULLETS:
                continue
            if missing[0] == run[0]:
                continue  # the second item's bullet says the lead-in already: the first's would say it twice
            if in_other_group(picked, g, items) or not announced(texts, items):
                continue
            bullet = bullet_of(g, missing[0])  # the item with the list's lead-in where it has one
            others = [p.text for group in points for p in group]
            if repeats_any(bullet.text, others, "zh"):
                continue
            k = missing[0]
            at = mine.index(k - 1) + 1 if k - 1 in mine else mine.index(k + 1)
            mine.insert(at, k)
            points[g].insert(at, bullet)
