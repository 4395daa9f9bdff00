"""A Chinese overview subject that is a quantity said of the subject, not the subject: "制造业贷款
余额" of "制造业贷款余额突破1.1万亿元", "关键物种种群数量" of "关键物种种群数量……增加2至3倍".

The lead of a news item reports a figure, and the chunker reads the figure's noun as the head of
the phrase; a reader titles the article by the thing measured ("制造业贷款"), so the quantity
word goes where the rest stands as a phrase the text says.
"""

from __future__ import annotations

from citebrief.text.titles import on_word_boundaries

# heads that say how much of a thing, not what: the article reports the figure of the thing
_QUANTITY_HEADS = ("总量", "数量", "余额", "比例", "占比", "比重", "半径", "增速", "增幅", "总额", "人数", "次数")
MIN_MEASURED = 3  # "风圈" of 风圈半径 is no subject alone: too short to stand for the thing


def measured_thing(subject: str, texts: list[str], used: set[str]) -> str:
    """`subject` without a quantity word closing it ("制造业贷款", not "制造业贷款余额"), where the
    rest is a phrase of MIN_MEASURED characters or more that the text says on word boundaries;
    else `subject` as it is. `used` holds the one that stands (the engine reads it back)."""
    for head in _QUANTITY_HEADS:
        rest = subject.removesuffix(head)
        if rest != subject:
            if len(rest) >= MIN_MEASURED and any(on_word_boundaries(rest, t, "zh") for t in texts):
                used.discard(subject.casefold())
                used.add(rest.casefold())
                return rest
            return subject
    return subject
