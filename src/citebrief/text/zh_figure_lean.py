"""A Chinese sentence that says a measure "would be higher" ("……比例会更高") and states no figure of
its own leans on the sentence before that gives the measure its figure ("……比例大概在1∶3，……").

zh-news 36: the brief kept "实践中一个受贿案件对应的行贿人通常为多人，……未被追究刑事责任的行贿人(次)比例
会更高" and dropped the sentence before it, "行贿罪与受贿罪案件数的比例大概在1∶3，有的年份达到1∶4……", the
figure a blind reader named as the story's key one: higher than what? Where the sentence before
states a figure (a digit: "1∶3", "30%") beside the same measure noun, the bullet carries it
(`cited_points.carry_antecedent`, where the two fit one bullet).
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# a measure said to be higher or lower than one given before: "比例会更高", "比重更大", "人数还要更多"
_COMPARED = LazyPattern(
    r"(?P<measure>比例|比重|占比|比率|人数|数量|数字)[^，。；！？\d０-９]{0,4}更(?:高|大|低|小|多|少)"
)
_DIGIT = LazyPattern(r"[0-9０-９]")


def leans_on_figure(text: str, before: str) -> bool:
    """Whether `text` says its measure is higher or lower without a figure of its own, and the
    sentence `before` it gives that measure a figure (module doc)."""
    found = _COMPARED.search(text)
    if found is None or _DIGIT.search(text) is not None:
        return False
    measure = found.group("measure")
    at = before.find(measure)
    return at >= 0 and _DIGIT.search(before, at) is not None
