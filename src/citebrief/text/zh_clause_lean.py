"""A Chinese clause that goes on from the clause before it in one sentence: "更有对这座即将举办大运会的
现代化都市的骄傲推介：……" after "款款落笔间，既有对家乡成都的深情介绍：……；", "更让每一名参与大运会报道的
记者，体会到了……" after "……但它如一座桥梁，连接起了作者与读者的心；", "鹤群的不远处，藏原羚……" after
"……黑颈鹤夫妇正在教授……黑颈鹤宝宝学习捕食的技巧；".

The segmenter cuts a long sentence at "；", and a clause after the cut that opens on "更有/更让" (the
second half of "既有……；更有……", "……；更让……") or on a place set by the clause before ("鹤群的不
远处，") says nothing alone: zh-news readers (session 46) quoted all three as a brief's worst bullets
("鹤群" for cranes the brief never shows). `anaphora.with_antecedent` joins only a whole sentence
that ends on a stop; `cited_points.carry_antecedent` reads these openers here and joins the clause
before as the writer wrote it, "……；更有……", where the two fit one bullet (`CARRY_CHARS_ZH`).
"The others" counted ("其他3名直接责任人……被移交司法机关") say whose others only with the clause
before ("……“8·18”事故的两名直接责任人在事故中死亡，不再追究责任；"): the reader learns of which event.
Clauses after "；" that open on their own subject ("宜宾市严格落实……", "对农村籍退役军人……"),
the commonest by far, are items of a list and stand: no opener here reads them. zh-news: 2 of 200
briefs change (164, twice; 198).
"""

from __future__ import annotations

from citebrief.text.anaphora import CARRY_CHARS_ZH, needs_antecedent
from citebrief.text.lazy_re import LazyPattern

# "更有……", "更让……", "更使……", "更令……": the second half of a "既……；更……" or a "……，更让……"
_GOES_ON = LazyPattern(r"更(?:有|让|使|令|是)")
# a place set by a thing the clause before named: "鹤群的不远处，", "湖的对面，" (a noun of up to six
# characters, then where beside it, then a comma)
_BESIDE = LazyPattern(r"[\u4e00-\u9fff]{1,6}?的?(?:不远处|不远的地方|旁边|身旁|身后|对面|一旁|另一侧|另一边)[，,]")
# "the others" counted ("其他3名直接责任人……", "其余两人……"): who the first ones were, and of what, the
# clause before says ("……事故的两名直接责任人在事故中死亡；")
_THE_OTHERS = LazyPattern(r"(?:其他|其余)[\d一二两三四五六七八九十百]+(?:名|人|位|个|家|起)")
# the clause before ends a clause of the same sentence ("；") or the sentence ("。")
_CLAUSE_END = LazyPattern(r"[；;。！？!?][”’」』）)\"']*$")


def goes_on_from_before(text: str) -> bool:
    """Whether a Chinese clause opens on "更有/更让……" or on a place beside a thing named before
    ("鹤群的不远处，"): it leans on the clause before it (module doc)."""
    flat = text.strip()
    return bool(_GOES_ON.match(flat) or _BESIDE.match(flat) or _THE_OTHERS.match(flat))


def with_clause_before(before: str, text: str) -> str | None:
    """The two as one bullet ("before text"), where `before` ends a clause ("；") or a sentence, has its
    quotation marks closed, leans on nothing itself and the two fit one bullet; else None."""
    if not _CLAUSE_END.search(before) or needs_antecedent(before, "zh") or goes_on_from_before(before):
        return None
    if before.count("“") != before.count("”") or len(before) + len(text) > CARRY_CHARS_ZH:
        return None
    return before + text
