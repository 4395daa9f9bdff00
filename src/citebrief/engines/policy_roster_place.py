"""Where a roster reads in a Chinese policy brief: the overview joins who heads a body with the
deputies (`bullets.roster_bullet`), but where the document lists them under its own heading
("二、组成人员") and the brief has a group of that title, the group named no one while the overview
did (blind read of 同意组建……协调委员会: "组成人员" listed no members). The roster bullet goes to
that group, in the document's order (a full group's boilerplate on how members change giving way),
and the overview keeps the decision ("同意组建……"), so long as two bullets stay there. A notice
that is all roster ("关于调整……组成人员的通知") has no such heading: its head stays in the
overview, the news it is read for."""

from __future__ import annotations

import re

from citebrief.engines.policy_duties import DUTY_GROUP as GROUP_BULLETS  # bullets a group grows to
from citebrief.engines.policy_rosters import member_groups
from citebrief.model import Group, Point
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.outline import numbered_heading
from citebrief.text.patterns import is_leader

MEMBERSHIP_TITLES = frozenset({"组成人员", "人员组成", "成员"})  # a section that lists who sits on the body
# how a member is replaced, a membership notice's boilerplate ("……成员因工作变动等需要调整的，由所在单位提出")
_MEMBERS_CHANGE = LazyPattern(r"成员因工作变动(?:等)?需要调整")
MIN_OVERVIEW = 2  # bullets the overview keeps: the decision and what else it says


def _label(line: str) -> str:
    """A head's line's role, as its roster bullet opens ("主 任：尤 权 ……" → "主任："), unspaced."""
    return re.sub(r"\s", "", line.split("：", 1)[0]) + "："


def _heading_over(texts: list[str], paragraph: int) -> str | None:
    """The words of the nearest numbered heading before (1-based) `paragraph`, if any."""
    for k in range(min(paragraph, len(texts) + 1) - 2, -1, -1):
        heading = numbered_heading(texts[k].strip())
        if heading is not None:
            return heading.label
    return None


def _placed(points: list[Point], point: Point) -> list[Point]:
    """`points` with `point` before the first that the document says after it."""
    first = min(point.citations)
    at = next((k for k, p in enumerate(points) if p.citations and min(p.citations) > first), len(points))
    return [*points[:at], point, *points[at:]]


def _with_room(points: list[Point]) -> list[Point] | None:
    """The group's bullets with room for the roster: as they are below GROUP_BULLETS, else less the
    boilerplate on how members change ("协调委成员因工作变动需要调整的，……": the roster says who
    they are); None where nothing gives way."""
    if len(points) < GROUP_BULLETS:
        return points
    change = next((k for k, p in enumerate(points) if _MEMBERS_CHANGE.search(p.text)), None)
    return None if change is None else points[:change] + points[change + 1 :]


def roster_placed(texts: list[str] | None, groups: list[Group]) -> list[Group]:
    """`groups` with the overview's roster bullet moved to the group titled by the heading the
    roster stands under (组成人员/人员组成/成员); as they were otherwise. `texts` None: no policy."""
    if texts is None or len(groups) < 2 or len(groups[0].points) <= MIN_OVERVIEW:
        return groups
    overview = groups[0]
    for k, point in enumerate(overview.points):
        head = min(point.citations, default=0)  # the roster's first line: who heads the body
        if (
            not 0 < head <= len(texts)
            or not is_leader(line := texts[head - 1])
            or not point.text.startswith(_label(line))
        ):
            continue
        label = _heading_over(texts, head)
        if label not in MEMBERSHIP_TITLES:
            continue
        at = next((j for j, group in enumerate(groups) if j and group.title == label), None)
        points = None if at is None else _with_room(groups[at].points)
        if at is None or points is None:
            continue
        kept = overview.model_copy(update={"points": overview.points[:k] + overview.points[k + 1 :]})
        moved = groups[at].model_copy(update={"points": _placed(points, point)})
        return [kept, *(moved if j == at else group for j, group in enumerate(groups) if j)]
    return groups


def members_placed(texts: list[str] | None, groups: list[Group]) -> list[Group]:
    """A membership notice's members' lists after the overview (`policy_rosters.member_groups`),
    then its roster under the group its heading titles (`roster_placed`)."""
    return roster_placed(texts, member_groups(texts, groups))
