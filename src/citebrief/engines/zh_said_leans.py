"""A Chinese bullet that leans on the sentence before it carries that sentence (`lead_points.lean_on_previous`:
"一位零工说出了他的顾虑。为此工作人员双向发力，……"), but where the bullet right before in its group ends on
that very sentence, a quotation's speaker it carries (`zh_quote_carry`: "“我们一直在……找不到活。”一位零工说出了
他的顾虑。"), the brief says it twice, one bullet after the other (zh-news 107, named by a blind reader).
The second bullet says its own sentence only: right after the first, its 为此 still reads on it.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.scored import Scored
from citebrief.model import Point


def without_said_lean(scored: Scored, i: int, text: str, points: Sequence[Point]) -> str:
    """`text`, the bullet of sentence `i`, less the sentence before it that it carries where the
    group's bullet before (`points`, the group's bullets so far) ends on that sentence."""
    if scored.lang != "zh" or i == 0 or i not in scored.carried or not points:
        return text
    said = scored.units[i - 1].text.strip()
    if len(said) >= len(text) or not text.startswith(said) or not points[-1].text.endswith(said):
        return text
    return text[len(said) :].lstrip()
