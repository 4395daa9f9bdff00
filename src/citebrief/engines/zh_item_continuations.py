"""A later sentence of a Chinese list item, picked as a bullet of its own right after the bullet that
ends on the item's sentence before it, goes on in that bullet. In a rule's items ("……统一按照以下标准
定额扣除：| （一）……；| （二）纳税人为非独生子女的，由其与兄弟姐妹分摊每月2000元的扣除额度，……。可以由
赡养人均摊或者约定分摊，也可以由被赡养人指定分摊。……"), the item's next sentences say how its rule
applies; the bullet "可以由赡养人均摊或者约定分摊，……" alone had no rule to apply to (zh-policy 33's
elder care: the shares of the 2000元 its tier bullet had just said; a reader: "an item without the rule
it belongs to").

Only a sentence of an item paragraph (one that a list's lead-in opens, `Unit.lead_in` on its first
sentence), not the item's first, that opens with no subject of its own (`zh_item_lists.no_subject`:
"可以由……", "约定或者指定分摊的须……"), whose group's bullet before it ends on the sentence right before
it in that paragraph: the two read as one passage of the source, and the joined bullet fits
LIST_BULLET_CHARS. A later sentence with its own subject is a claim of its own ("上岛勘察设计和施工作业
……应由内地人员承担" after "勘察定点……要征求军队主管部门的意见。", zh-policy 11: two requirements, read
apart), and so are sentences side by side outside a list's items ("……结束生产后，松下将专注于B2B业务。|
公司计划……"). A group left one bullet keeps them apart (a group says two points at least).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.scored import Scored
from citebrief.engines.zh_item_lists import no_subject
from citebrief.engines.zh_list_shapes import LIST_BULLET_CHARS, MIN_GROUP_POINTS
from citebrief.model import Point


def _item_sentence(scored: Scored, k: int) -> bool:
    """Whether sentence `k` goes on a list item: an item paragraph's sentence past its first, with
    no subject of its own."""
    units = scored.units
    if k == 0 or units[k - 1].paragraph != units[k].paragraph or not no_subject(units[k].text):
        return False
    first = k - 1
    while first > 0 and units[first - 1].paragraph == units[k].paragraph:
        first -= 1
    return units[first].lead_in is not None


def item_sentences_joined(scored: Scored, picked: Sequence[list[int]], points: list[list[Point]]) -> None:
    """Each bullet on a list item's later sentence joined to the group's bullet right before it where
    that one ends on the item's sentence before it (`points` and `picked` updated in place)."""
    if scored.lang != "zh":
        return
    units = scored.units
    for g, mine in enumerate(picked):
        at = 1
        while at < len(mine):
            k = mine[at]
            before, own = points[g][at - 1], points[g][at].text
            joined = before.text + own
            if (
                len(mine) > MIN_GROUP_POINTS
                and _item_sentence(scored, k)
                and before.text.endswith(units[k - 1].text.strip())
                and own == units[k].text.strip()
                and len(joined) <= LIST_BULLET_CHARS
            ):
                cited = sorted({*before.citations, *points[g][at].citations})
                points[g][at - 1] = before.model_copy(update={"text": joined, "citations": cited})
                del mine[at], points[g][at]
            else:
                at += 1
