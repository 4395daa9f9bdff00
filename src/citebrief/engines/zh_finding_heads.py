"""A Chinese news overview point that a theme group's first bullet reports the finding of goes down
to that group.

A report of an incident tells the call, then what the check found: "10日0时14分，……消防救援大队接到
报警，在该县……有人被困。" then "经核查，7名民众……突遇山洪，5人失联。" The overview takes the call for
its place in the lead; the group below opens on "经核查，……" and its search, and a reader meets a
finding whose check has no object, the call it answers a group away (zh-news 133).

Here an overview point (not its first) whose sentence is the one right before a theme group's
first bullet (in its paragraph, or the passage before where the tool cut one block) goes to that
group where the bullet opens on a finding word (经核查, 经查, 经调查, 经核实, and each after 初步:
`data/zh_finding_openers.tsv`) that reads on from
it, the overview keeps `MIN_OVERVIEW` points and the group holds `MAX_GROUP` at most with it. Read
for Chinese news and features (`final_groups`).
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.engines.scored import BEFORE, Draft, Scored, next_to
from citebrief.text.data_files import rows_by_kind, word_alternation

MAX_GROUP = 5  # bullets the group holds at most once the point joins it
MIN_OVERVIEW = 2  # points the overview keeps at least
OPENERS = "zh_finding_openers.tsv"  # the check verbs after 经, kind "finding"


@cache
def _finding() -> re.Pattern[str]:
    """A check verb of `OPENERS` after 经 (and 初步), then a comma ("经核查，", "经初步调查，"); read on
    first use."""
    return re.compile(rf"^经(?:初步)?(?:{word_alternation(rows_by_kind(OPENERS)['finding'])})[，,]")


def reports_finding(text: str) -> bool:
    """Whether a sentence opens on what a check found ("经核查，……", "经查，……")."""
    return _finding().match(text.lstrip()) is not None


def finding_heads_given(scored: Scored, drafts: list[Draft]) -> list[Draft]:
    """The drafts (overview first) with each overview point whose finding a theme group opens on
    moved to that group (module doc)."""
    if len(drafts) < 2 or scored.lang != "zh":
        return drafts
    overview, units = drafts[0], scored.units
    for group in drafts[1:]:
        if not group.picked or len(group.picked) >= MAX_GROUP or len(overview.picked) <= MIN_OVERVIEW:
            continue
        first = min(group.picked)
        point = first - 1
        if point not in overview.picked[1:] or not reports_finding(units[first].text):
            continue
        if next_to(scored, units[point], units[first], BEFORE):
            overview.move(point, group)
    return drafts
