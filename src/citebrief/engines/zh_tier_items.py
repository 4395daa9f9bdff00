"""A Chinese lead-in whose items stand in paragraphs of their own, each a tier of one rule with its
figure ("……可以按照以下标准定额扣除：| （一）直辖市……每月1500元；| （二）除第一项所列城市以外，……每月
1100元；……每月800元。"): a bullet on one item (its lead-in given it, `cited_points`) tells a reader one
tier of a rule that has several, and a second bullet on the next item repeats the lead-in. Where the
lead-in has two to MAX_TIERS items, each opening on a sentence with a figure, the bullet says the
lead-in once with every item's opening sentence, its number kept ("除第一项所列城市以外" points back to
it), where that fits LIST_BULLET_CHARS; the items' other bullets in the group go. Left alone where
another group quotes an item, where the group would be left one bullet, or where the whole reads as a
repeat of another bullet. Items without figures (duties, departments) are claims of their own.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.bullets import lead_in_clause, near_duplicate
from citebrief.engines.scored import Scored, figures_in
from citebrief.engines.zh_list_shapes import (
    FINAL,
    LIST_BULLET_CHARS,
    in_other_group,
    lead_in_bullets,
    leaves_one,
    other_bullets,
    say_whole,
)
from citebrief.model import Point

MAX_TIERS = 4  # more items than this are a list of things, not the tiers of one rule


def _items(scored: Scored, lead_in: tuple[str, int]) -> list[int]:
    """The opening sentence of each item paragraph the lead-in opens (every unit given it)."""
    return [unit.index for unit in scored.units if unit.lead_in == lead_in]


def _opening(scored: Scored, first: int) -> str:
    """An item paragraph's opening sentence from unit `first`: its units up to the first that ends
    on a full stop (the splitter may cut it at a "；"), or the whole paragraph where it ends on "；"
    ("（一）……每月1500元；")."""
    units = scored.units
    parts: list[str] = []
    for unit in units[first:]:
        if unit.paragraph != units[first].paragraph:
            break
        parts.append(unit.text.strip())
        if parts[-1].endswith(FINAL):
            break
    return "".join(parts)


def _tiers(scored: Scored, lead: str, items: Sequence[int]) -> str | None:
    """The lead-in with every item's opening sentence, or None where an item has no figure or
    the whole passes a bullet's length."""
    openings = [_opening(scored, k) for k in items]
    if not all(figures_in(text) for text in openings):
        return None
    said = [text.rstrip("。；;") + "；" for text in openings[:-1]] + [openings[-1].rstrip("。；;") + "。"]
    text = lead_in_clause(lead) + "".join(said)
    return text if len(text) <= LIST_BULLET_CHARS else None


def _said_elsewhere(scored: Scored, items: Sequence[int], i: int, others: Sequence[str]) -> bool:
    """Whether a tier the bullet gains is a bullet of the brief already: its wording repeated with
    its figures ("……每月1000元的标准定额扣除" of another rule shares the wording, not the figure)."""
    for k in items:
        if k == i:
            continue
        opening = _opening(scored, k)
        figures = figures_in(opening)
        if any(near_duplicate(opening, other, "zh") and figures <= figures_in(other) for other in others):
            return True
    return False


def tiers_joined(scored: Scored, picked: Sequence[list[int]], points: list[list[Point]]) -> None:
    """Each Chinese bullet on one tier of a rule whose tiers stand in paragraphs of their own given
    every tier (`points` and `picked` updated in place)."""
    if scored.lang != "zh":
        return
    units = scored.units
    for g, mine, i, lead_in in lead_in_bullets(scored, picked, points):
        items = _items(scored, lead_in)
        if not 2 <= len(items) <= MAX_TIERS or in_other_group(picked, g, items):
            continue
        if sum(k in mine for k in items) > 1 and leaves_one(mine, items):
            continue
        text = _tiers(scored, lead_in[0], items)
        if text is None or _said_elsewhere(scored, items, i, other_bullets(points, g, mine, items)):
            continue
        at = mine.index(i)
        paragraphs = {units[k].paragraph for k in items}
        cited = sorted({*points[g][at].citations, *paragraphs})
        say_whole(points, mine, g, at, items, {"text": text, "citations": cited})
