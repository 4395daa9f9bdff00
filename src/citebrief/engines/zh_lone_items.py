"""A Chinese bullet that is a lead-in and one item of a long list whose items stand in paragraphs of
their own ("……协助核实以下与专项附加扣除有关的信息：| （一）公安部门……；| …… | （十）……"): the
bullet (`cited_points` gives an item its lead-in) promises a list and says one arbitrary item of
MIN_ITEMS or more, the seventh of ten. Where the items' heads (each item's first clause, its number
kept) fit a bullet with the lead-in, the bullet names them all; else the lone item gives way to the
weightiest sentence of the group's stretch of the article that no bullet says and that is no list's
item or lead-in ("本办法规定……相关资料应当留存五年。"), in source order; with none, the item goes where
the group keeps MIN_GROUP_POINTS. Left alone where another bullet quotes a second item: that is a
list the group reads (`zh_tier_items`, `zh_missing_items`), not a lone item.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from citebrief.engines.bullets import lead_in_clause, repeats_any
from citebrief.engines.scored import Scored
from citebrief.engines.zh_list_shapes import FINAL, LIST_BULLET_CHARS, MIN_GROUP_POINTS, SEMICOLON, lead_in_bullets
from citebrief.model import Point
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.outline import item_marker
from citebrief.text.patterns import is_structure

MIN_ITEMS = 4  # of fewer, one item is a fair share of the list (`zh_tier_items` joins tiers of two to four)

_HEAD = LazyPattern(r"[^，,；;。：:！？]+")  # an item's first clause, after its number


def _item_paragraphs(scored: Scored, lead_in: tuple[str, int]) -> list[int]:
    """The first unit of each item paragraph the lead-in opens, in order."""
    firsts: dict[int, int] = {}
    for unit in scored.units:
        if unit.lead_in == lead_in:
            firsts.setdefault(unit.paragraph, unit.index)
    return list(firsts.values())


def _heads(scored: Scored, lead: str, firsts: Sequence[int]) -> str | None:
    """The lead-in with each item's number and first clause ("（一）公安部门有关户籍人口基本信息；"),
    or None where an item has no number or the whole passes a bullet's length."""
    said: list[str] = []
    for k in firsts:
        text = scored.units[k].text.strip()
        marker = item_marker(text)
        head = _HEAD.match(text, marker.end()) if marker is not None else None
        if marker is None or head is None:
            return None
        said.append(marker.group().strip() + head.group().strip())
    text = lead_in_clause(lead) + "；".join(said) + "。"
    return text if len(text) <= LIST_BULLET_CHARS else None


def _stand_in(scored: Scored, picked: Sequence[list[int]], mine: Sequence[int], others: list[str]) -> int | None:
    """The weightiest usable sentence between the group's first and last paragraphs that no group
    says, no list holds (an item, a lead-in) and no bullet of the brief repeats."""
    units = scored.units
    low, high = units[min(mine)].paragraph, units[max(mine)].paragraph
    said = {k for group in picked for k in group}
    best: int | None = None
    for k in scored.usable:
        unit = units[k]
        if not low <= unit.paragraph <= high or k in said or unit.lead_in is not None:
            continue
        text = unit.text.strip()
        if not text.endswith(FINAL) or text.endswith(("：", ":", *SEMICOLON)) or item_marker(text) is not None:
            continue
        if is_structure(text) or repeats_any(scored.trimmed[k], others, "zh"):
            continue
        if best is None or scored.weights[k] > scored.weights[best]:
            best = k
    return best


def lone_items_settled(
    scored: Scored,
    picked: list[list[int]],
    points: list[list[Point]],
    bullet_of: Callable[[int, int], Point],
) -> None:
    """Each Chinese bullet that says one item of a long list with its lead-in given the list's heads,
    or replaced by a sentence of its own (`picked` and `points` updated in place); `bullet_of(g, k)`
    is the bullet group g would say sentence k with (`cited_points`)."""
    if scored.lang != "zh":
        return
    units = scored.units
    for g, mine, i, lead_in in lead_in_bullets(scored, picked, points):
        firsts = _item_paragraphs(scored, lead_in)
        paragraphs = {units[k].paragraph for k in firsts}
        quoted = {units[k].paragraph for group in picked for k in group if units[k].paragraph in paragraphs}
        if len(firsts) < MIN_ITEMS or len(quoted) != 1:
            continue
        at = mine.index(i)
        whole = _heads(scored, lead_in[0], firsts)
        if whole is not None:
            cited = sorted({*points[g][at].citations, *paragraphs})
            points[g][at] = points[g][at].model_copy(update={"text": whole, "citations": cited})
            continue
        others = [p.text for n, group in enumerate(points) for m, p in enumerate(group) if (n, m) != (g, at)]
        k = _stand_in(scored, picked, mine, others)
        if k is not None:
            mine[at] = k
            points[g][at] = bullet_of(g, k)
            order = sorted(range(len(mine)), key=mine.__getitem__)
            mine[:], points[g][:] = [mine[n] for n in order], [points[g][n] for n in order]
        elif len(mine) > MIN_GROUP_POINTS:
            del mine[at], points[g][at]
