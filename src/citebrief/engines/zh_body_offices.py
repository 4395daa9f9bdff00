"""A body's office said with the body it serves. A Chinese 方案 sets up a working group and its office
in one paragraph: "由国务院办公厅、国家医保局、国家卫生健康委、国家药监局组成……试点工作小组（以下简称
试点工作小组），领导试点工作，研究重大事项，部署落实重点任务。试点工作小组办公室设在国家医保局，……"
zh-policy 28's "组织形式" group quoted the office and left out the group itself, who it is and what
it does (blind read: "leaves out who the 试点工作小组 is"), while it gave a bullet to a minor expert
panel. Where a theme group quotes "X办公室设在……" but not the sentence before it in its paragraph
that sets X up ("（以下简称X）"), that sentence takes the place of the group's last bullet from a
later paragraph; not where it would repeat a bullet of the brief, nor where every other bullet
stands in the office's paragraph or before it.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.bullets import repeats_any
from citebrief.engines.scored import Scored
from citebrief.text.lazy_re import LazyPattern

# "试点工作小组办公室设在国家医保局": the body's name as `name`
_OFFICE = LazyPattern(r"^(?P<name>[\u4e00-\u9fff]{2,16}?)办公室设在")


def _setup(scored: Scored, office: int, name: str) -> int | None:
    """The sentence before `office` in its paragraph that sets the body up ("（以下简称试点工作小组）")."""
    units = scored.units
    for k in range(office - 1, -1, -1):
        if units[k].paragraph != units[office].paragraph:
            return None
        if f"以下简称{name}）" in units[k].text or f"以下简称“{name}”）" in units[k].text:
            return k if k in scored.usable else None
    return None


def offices_with_bodies(scored: Scored, picked: Sequence[list[int]]) -> list[list[int]]:
    """`picked` (each group's sentences) with a quoted office's unquoted body set-up (`_setup`) in
    the place of its group's last bullet from a later paragraph."""
    groups = [list(mine) for mine in picked]
    if scored.lang != "zh":
        return groups
    for mine in groups[1:]:
        for office in list(mine):
            found = _OFFICE.match(scored.units[office].text.strip())
            setup = _setup(scored, office, found.group("name")) if found else None
            if setup is None or any(setup in other for other in groups):
                continue
            paragraph = scored.units[office].paragraph
            later = [k for k in mine if scored.units[k].paragraph > paragraph]
            said = [scored.trimmed[k] for other in groups for k in other if k != later[-1]] if later else []
            if not later or repeats_any(scored.trimmed[setup], said, "zh"):
                continue
            mine.remove(later[-1])
            mine.append(setup)
            mine.sort()
    return groups
