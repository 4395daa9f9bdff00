"""Whether a phrase of a Chinese bullet is one item of a list the bullet gives, or ends on one.

`engines/zh_run_titles.py` pairs a two-bullet group's title with the other bullet's own term
("供水设施、支农支小再贷款额度"). An item of a list names one of several things the sentence
lists, picked by chance: a later one ("北京南站" of "北京站、北京西站、北京南站、北京丰台站等") as
much as the first ("跨境电商" of "支持跨境电商、市场采购、海外仓等外贸新模式", "球类竞技" of six
kinds of activity). A phrase that ends on a list's first item is no thing at all but a clause cut
at the list ("领先京津冀" of "领先京津冀、长三角等重要城市群"; blind readers: "the odd title
'领先京津冀、人均公园绿地面积'"). Either way the pair reads as two details, not the group's two
things; the group keeps its title alone.
"""

from __future__ import annotations

LIST_MARK = "、"


def list_item(phrase: str, bullet: str) -> bool:
    """True where `phrase` (as first said in `bullet`) stands next to a list mark: right after
    one (a later item) or right before one (the first item, or a clause ending on it)."""
    at = bullet.find(phrase)
    if at < 0:
        return False
    end = at + len(phrase)
    return bullet[at - 1 : at] == LIST_MARK or bullet[end : end + 1] == LIST_MARK
