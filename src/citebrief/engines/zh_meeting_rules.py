"""How often a body meets leads its working rules. A Chinese 批复 that sets up a joint meeting gives
its rules as one paragraph: the frequency first ("联席会议原则上每年召开两次会议，也可根据工作需要临时
召开专题会议，由召集人或召集人委托的副召集人主持。"), then the preparatory meeting, the minutes and
the office's checks. The "工作规则" group of zh-policy 30 quoted the preparatory meeting and the
minutes and left out the frequency, the one rule an analyst reads the section for (blind read: "the
meeting frequency is missing"). Where a theme group quotes sentences of the paragraph but not its
frequency sentence, the frequency takes the place of the group's first bullet after it in that
paragraph, the group's other bullets as they were.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.scored import Scored
from citebrief.text.lazy_re import LazyPattern

# a body's meeting frequency: "原则上每年召开两次会议", "原则上每半年召开一次例会"
FREQUENCY = LazyPattern(r"原则上每(?:年|半年|季度|月)[^。；]{0,8}召开")


def frequency_first(scored: Scored, picked: Sequence[list[int]]) -> list[list[int]]:
    """`picked` (each group's sentences) with an unquoted frequency sentence (`FREQUENCY`) in the
    place of the first later sentence of its paragraph a theme group quotes."""
    if scored.lang != "zh":
        return list(picked)
    everywhere = {i for mine in picked for i in mine}
    found = [i for i in scored.usable if i not in everywhere and FREQUENCY.search(scored.units[i].text)]
    groups = [list(mine) for mine in picked]
    for i in found:
        paragraph = scored.units[i].paragraph
        for mine in groups[1:]:
            later = [k for k in mine if k > i and scored.units[k].paragraph == paragraph]
            if later:
                mine[mine.index(later[0])] = i
                mine.sort()
                break
    return groups
