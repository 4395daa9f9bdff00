"""A Chinese "其中，……" bullet whose antecedent another bullet of the brief says already, fuller: the
bullet says its own sentence, the "其中" left off, and carries no antecedent.

A "其中，……" sentence picked alone carries the sentence before it (`lead_points.lean_on_previous`,
`cited_points.carry_antecedent`):
"工业大省河北今年上半年九大工业主导产业全面增长。其中，优势产业支撑有力，……分别增长9.2%、……". Where
a bullet of the brief says that antecedent with more ("通报称，河北……等九大工业主导产业上半年实现全面
增长，支撑制造业增长8.1%，……"), the brief said the growth twice (zh-news 152, named by a blind
reader). The bullet then keeps its own sentence less its "其中，": the breakdown reads on from the
fuller bullet, as the article's next sentence would. Only where the fuller bullet is the one just
before it in its group: in another group (the overview's), the breakdown would stand without the
whole it narrows, its subject and time ("优势产业支撑有力，……" with no 河北 or 上半年; zh-news 152, judged
worse by a blind reader). Only a "其中，" opener: a 他 or 该 names nothing without its antecedent,
while 其中 only narrows what the brief has said.
"""

from __future__ import annotations

from citebrief.engines.bullets import said_within
from citebrief.engines.scored import Scored
from citebrief.text.lazy_re import LazyPattern

MIN_REST = 10  # characters the sentence keeps after its "其中，"
# "其中，" opening the bullet or its second sentence (the first carried with it: `lead_points.lean_on_previous`)
_AMONG = LazyPattern(r"(?:^|(?<=[。！？]))其中[，,]")


def without_said_antecedent(
    scored: Scored, i: int, text: str, everywhere: frozenset[int], previous: int | None
) -> str | None:
    """`text`, the bullet of sentence `i`, from after its "其中，" where the bullet just before it in
    its group (`previous`: its sentence) says fuller what comes before the "其中" (the bullet's first
    sentence, or the sentence before it in its paragraph, which no bullet of the brief, `everywhere`,
    says itself); None otherwise."""
    if scored.lang != "zh" or i == 0 or previous is None or previous in (i, i - 1):
        return None
    among = _AMONG.search(text)
    if among is None or len(text) - among.end() < MIN_REST:
        return None
    head = text[: among.start()]
    if not head:
        before, unit = scored.units[i - 1], scored.units[i]
        if i - 1 in everywhere or before.paragraph != unit.paragraph or before.heading:
            return None
        head = scored.trimmed[i - 1]
    if not said_within(head, scored.trimmed[previous], "zh"):
        return None
    return text[among.end() :]
