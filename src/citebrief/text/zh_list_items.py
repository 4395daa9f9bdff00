"""Whether a phrase of a Chinese bullet is one item of a list the bullet gives, or ends on one.

`engines/zh_run_titles.py` pairs a two-bullet group's title with the other bullet's own term
("供水设施、支农支小再贷款额度"). An item of a list names one of several things the sentence
lists, picked by chance: a later one ("北京南站" of "北京站、北京西站、北京南站、北京丰台站等") as
much as the first ("跨境电商" of "支持跨境电商、市场采购、海外仓等外贸新模式", "球类竞技" of six
kinds of activity). A phrase that ends on a list's first item is no thing at all but a clause cut
at the list ("领先京津冀" of "领先京津冀、长三角等重要城市群"; blind readers: "the odd title
'领先京津冀、人均公园绿地面积'"). A phrase may lie within a later item ("免疫性疾病" of "肿瘤、
自身免疫性疾病和代谢疾病"), and the last item may follow 和/及/以及 ("代谢疾病"). Either way the pair reads as two
details, not the group's two things; the group keeps its title alone.
"""

from __future__ import annotations

import re

LIST_MARK = "、"
# what ends an item: the next mark, the words joining the last item, or the 等 closing the run
_ITEM_END = re.compile(r"、|以及|及|和|等")
# what ends a later item the phrase lies within: not 等, whose items are often whole clauses
# ("……、一些单位存在乱收费现象等问题"), the phrase one detail and the rest of the title no better
_WITHIN_END = re.compile(r"、|以及|及|和")
# what ends a clause: no list reads across it
_CLAUSE_END = re.compile(r"[，。；：！？,;:!?]")
_LAST_JOINS = ("以及", "及", "和")


def list_item(phrase: str, bullet: str) -> bool:
    """True where `phrase` (as first said in `bullet`) stands next to a list mark (right after
    one: a later item; right before one: the first item, or a clause ending on it), lies within
    a later item (between a mark and what ends that item), or opens the last item, after
    和/及/以及 in a clause that lists with marks before."""
    at = bullet.find(phrase)
    if at < 0:
        return False
    end = at + len(phrase)
    if bullet[at - 1 : at] == LIST_MARK or bullet[end : end + 1] == LIST_MARK:
        return True
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(bullet, 0, at)), default=0)
    front = bullet[clause_start:at]
    mark = front.rfind(LIST_MARK)
    if mark < 0:
        return False
    if any(front.endswith(join) for join in _LAST_JOINS):
        return True
    if _ITEM_END.search(bullet[clause_start + mark + 1 : at]):
        return False  # that item ended before the phrase
    closer = _WITHIN_END.search(bullet, end)
    clause_end = _CLAUSE_END.search(bullet, end)
    return closer is not None and (clause_end is None or closer.start() < clause_end.start())
