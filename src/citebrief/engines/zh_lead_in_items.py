"""A Chinese bullet that says a list's lead-in and none of its items: "专利代理机构有下列行为之一的，由……
可以处……罚款；……吊销……执业许可证。" (`policy_penalties` gives a regulation's fines such a bullet) tells
the reader a penalty for acts it never names. Where the items stand in numbered paragraphs of their
own ("（一）……；" … "（五）……。") and no bullet quotes one, the bullet carries them as the source
writes them: its lead-in with the colon that opens the list, then the items joined at "；", each
whole, else the longest cut to its number and first clause (the head, as `zh_lone_items` names a
list) one by one, so a short item keeps its condition ("疏于管理，造成严重后果"), else the
lead-in cut to the clause that points at the list with what follows from it (`lead_in_clause`);
and it cites the items' paragraphs too. A list none of those fit within LISTED_CHARS stays a
lead-in bullet: its items are too long to be said in one.
"""

from __future__ import annotations

from citebrief.engines.bullets import LIST_POINTER, lead_in_clause
from citebrief.engines.scored import Scored
from citebrief.model import Point
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.outline import item_marker

# a lead-in said whole with its items, as a row of figures is said whole (bullets.FIGURES_WHOLE_CHARS_ZH)
LISTED_CHARS = 260
MIN_ITEMS = 2
_ENDS = "。；;，,：:"
_HEAD = LazyPattern(r"[^，,；;。：:！？]+")  # an item's first clause, after its number


def _items(scored: Scored, paragraph: int) -> dict[int, str]:
    """The paragraphs of the items the lead-in in `paragraph` opens, each with its text, in order."""
    items: dict[int, str] = {}
    for unit in scored.units:
        if unit.lead_in is not None and unit.lead_in[1] == paragraph and unit.paragraph != paragraph:
            items[unit.paragraph] = items.get(unit.paragraph, "") + unit.text.strip()
    return items


def _said(lead: str, items: list[str]) -> str | None:
    """The lead-in with its items, the first way of saying them that fits LISTED_CHARS (module doc)."""
    marked = [(item_marker(item), item) for item in items]
    if any(marker is None for marker, _ in marked):
        return None
    heads = []
    for marker, item in marked:
        head = _HEAD.match(item, marker.end()) if marker is not None else None
        if head is None:
            return None
        heads.append(item[: head.end()])
    wholes = [item.rstrip(_ENDS) for item in items]
    pointed = lead_in_clause(lead)
    for opening in (lead, pointed):
        for listed in _shortened(wholes, heads):
            text = opening.rstrip(_ENDS) + "：" + "；".join(listed) + "。"
            if len(text) <= LISTED_CHARS:
                return text
    return None


def _shortened(wholes: list[str], heads: list[str]) -> list[list[str]]:
    """The items whole, then with the longest cut to its head one at a time: a short item keeps
    its condition ("疏于管理，造成严重后果" is not "疏于管理") while a long one gives up its "或者…" tail."""
    listed = list(wholes)
    ways = [list(listed)]
    for k in sorted(range(len(wholes)), key=lambda k: len(heads[k]) - len(wholes[k])):
        if heads[k] != listed[k]:
            listed[k] = heads[k]
            ways.append(list(listed))
    return ways


def lead_ins_listed(scored: Scored, said: list[list[int]], points: list[list[Point]]) -> None:
    """Each Chinese bullet of a lead-in whose numbered items no bullet quotes carries them (module
    doc); `said` is each bullet's sentence, `points` the bullets, rewritten in place."""
    if scored.lang != "zh" or not any(unit.lead_in is not None for unit in scored.units):
        return
    units = scored.units
    quoted = {units[k].paragraph for mine in said for k in mine}
    for g, mine in enumerate(said):
        for m, i in enumerate(mine):
            point = points[g][m]
            if units[i].lead_in is not None or not LIST_POINTER.search(point.text):
                continue
            items = _items(scored, units[i].paragraph)
            if len(items) < MIN_ITEMS or quoted & items.keys():
                continue
            text = _said(point.text, list(items.values()))
            if text is not None:
                cited = sorted({*point.citations, *items})
                points[g][m] = point.model_copy(update={"text": text, "citations": cited})
