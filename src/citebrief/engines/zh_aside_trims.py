"""A Chinese bullet that says its clause with a bracketed aside shortened is still that clause told
whole, for the list rules that ask whether a bullet ends on its clause.

`cited_points` trims a note inside brackets ("（含按化学药品新注册分类批准上市，简称一致性评价，下同）"
said as "（含按化学药品新注册分类批准上市）"), so the bullet no longer ends on the sentence's text and
`zh_item_lists` took it for a bullet cut short: the first clause of a "；"-list whose last clause a
group also quotes kept its list apart, and the last clause stood alone with no subject ("探索完善药品
集中采购机制……", zh-policy 28's 目标任务). Read with every bracketed aside left out, the bullet ends
on the clause: it says the clause, and the list goes on from it.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# an aside in brackets with no bracket inside it: "（含……，下同）", "(……)"
_ASIDE = LazyPattern(r"[（(][^（）()]*[）)]")


def without_asides(text: str) -> str:
    """`text` with each bracketed aside left out."""
    return _ASIDE.sub("", text)


def ends_on_clause(said: str, clause: str) -> bool:
    """Whether the bullet `said` ends on `clause`, its bracketed asides as they may have been
    shortened left out of both: an aside trimmed is no clause cut short."""
    if said.endswith(clause):
        return True
    bare = without_asides(clause)
    return bare != clause and bool(bare) and without_asides(said).endswith(bare)
