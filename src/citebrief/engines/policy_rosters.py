"""Who the members are, in a membership notice ("关于调整……领导小组组成人员的通知"): the
overview says what changed and who heads the body (`bullets.roster_bullet`), but a notice that is
mostly its list of members is read for which bodies sit on it too (blind readers: "the list of
members is dropped entirely", coverage 3). The members' lines, quoted as they stand and joined at
"，" (verify's joined lines: each part word for word in a cited line), make a group of their own,
titled by the list's label ("成员") or each sub-list's heading ("（一）部门委员" → "部门委员"); a list
longer than its bullets names the rest in its last one without their posts ("赵明，钱亮，……"). The
label takes the owner the notice writes before it where an overview bullet says the whole ("领导小组
成员因工作变动……"): that bullet, how a member is replaced, then ends the members' group."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from citebrief.model import Group, Point
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.zh_owned_title import owned_title

# a member's line: a name (maybe spaced "张 勇") and the post, nothing that ends a sentence
_NAME_LINE = LazyPattern(r"^[\u4e00-\u9fff·]{1,4}(?:\s[\u4e00-\u9fff·]{1,3})?\s[^\s。；;，,]{2,40}$")
# the label that opens the members' list, alone or with its first member ("成 员：郭卫民 中央宣传部……")
_MEMBERS_LABEL = LazyPattern(r"^(成\s*员|委\s*员)\s*[：:]\s*(.*)$")
# a sub-list's heading under the label ("（一）部门委员", "（二）专家委员（按姓氏笔划为序）")
_SUB_LIST = LazyPattern(r"^[（(][一二三四五六七八九十][）)]\s*([\u4e00-\u9fff]{2,8})(?:[（(][^）)]*[）)])?$")

MIN_MEMBERS = 8  # a roster, not a few names a notice mentions
MIN_ROSTER_SHARE = 0.4  # of the document's lines: a notice that is mostly its roster
BULLET_CHARS = 120  # a bullet of names an analyst still reads through
BULLETS_PER_LIST = 3  # a long list's first members (they lead the list: the senior bodies) ...
MEMBER_BULLETS = 5  # ... and the lists' together, the first lists first (departments before experts)
KEPT_OVERVIEW = 2  # bullets the overview keeps where the members' group takes one of its own


@dataclass
class _MemberList:
    title: str
    lines: list[tuple[int, str]] = field(default_factory=list)  # (paragraph, the member's line)


def _member_lists(texts: list[str]) -> list[_MemberList]:
    """The members' lists after the label, in order: one titled by the label, or one per sub-list."""
    start = next((k for k, text in enumerate(texts) if _MEMBERS_LABEL.search(text.strip())), None)
    if start is None:
        return []
    label = _MEMBERS_LABEL.search(texts[start].strip())
    assert label is not None
    lists = [_MemberList(re.sub(r"\s", "", label.group(1)))]
    first = label.group(2).strip()
    if first:
        if not _NAME_LINE.search(first):
            return []
        lists[0].lines.append((start + 1, first))
    for k in range(start + 1, len(texts)):
        line = texts[k].strip()
        if (sub := _SUB_LIST.search(line)) is not None:
            lists.append(_MemberList(sub.group(1)))
        elif _NAME_LINE.search(line):
            lists[-1].lines.append((k + 1, line))
        else:
            break
    return [members for members in lists if len(members.lines) >= 2]


def _joined(lines: list[tuple[int, str]]) -> str:
    """Member lines as a bullet says them: joined at "，" (verify reads each part in its cited line)."""
    return "，".join(text for _, text in lines)


def _bullets(members: _MemberList, most: int) -> list[Point]:
    """The list's lines, joined at "，" up to BULLET_CHARS a bullet, each line cited, `most` bullets;
    where the rest would not fit the last bullet, it names them without their posts ("赵明，钱亮，……"),
    so a reader sees the whole list, not its first half as if it were all (blind read: "the roster
    looks complete when it is only about half there"); cut as before where even their names do not fit."""
    points: list[Point] = []
    start = 0
    while start < len(members.lines) and len(points) < most:
        rest = members.lines[start:]
        names = "，".join(line.rsplit(maxsplit=1)[0] for _, line in rest)  # a post has no space in it
        if len(points) == most - 1 and len(_joined(rest)) > BULLET_CHARS and len(names) <= BULLET_CHARS:
            return [*points, Point(text=names, citations=[p for p, _ in rest])]
        end = start + 1
        while end < len(members.lines) and len(_joined(members.lines[start : end + 1])) <= BULLET_CHARS:
            end += 1
        said = members.lines[start:end]
        points.append(Point(text=_joined(said), citations=[p for p, _ in said]))
        start = end
    return points


def member_groups(texts: list[str] | None, groups: list[Group]) -> list[Group]:
    """`groups` with the members' lists of a membership notice after the overview (less the lines
    the overview quotes); as they were where the document is no roster, and without a list a
    group already quotes from. `texts` None: no official document, or groups asked for (as they were)."""
    if texts is None:
        return groups
    names = sum(1 for text in texts if _NAME_LINE.search(text.strip()))
    if names < MIN_MEMBERS or names < MIN_ROSTER_SHARE * len(texts) or not groups:
        return groups
    overview = groups[0]
    in_groups = {n for group in groups[1:] for point in group.points for n in point.citations}
    in_overview = {n for point in groups[0].points for n in point.citations}  # a head's line it joined
    lists = [
        _MemberList(m.title, [(p, line) for p, line in m.lines if p not in in_overview])
        for m in _member_lists(texts)
        if not in_groups & {p for p, _ in m.lines}
    ]
    added: list[Group] = []
    room = MEMBER_BULLETS
    for members in lists:
        if room <= 0:
            break
        points = _bullets(members, min(BULLETS_PER_LIST, room))
        if points:
            titled = {g.title.casefold() for g in [*groups, *added]}
            title, carried = _owned(members.title, overview, texts, titled)
            if carried is not None:
                overview = overview.model_copy(update={"points": [p for p in overview.points if p is not carried]})
            added.append(Group(title=title, points=[*points, *([carried] if carried else [])]))
            room -= len(points)
    return [overview, *added, *groups[1:]]


def _owned(label: str, overview: Group, texts: list[str], titled: set[str]) -> tuple[str, Point | None]:
    """The label with the owner the notice writes before it ("领导小组成员", not the bare "成员":
    whose members, `zh_owned_title`) and the overview's bullet that says it, which the members' group
    takes (how a member is replaced: the title is its group's words); the bare label and None where
    no overview bullet says it or the overview would keep fewer than KEPT_OVERVIEW."""
    title = owned_title(label, texts, titled)
    carried = next((p for p in overview.points if title in p.text), None) if title != label else None
    if carried is None or len(overview.points) <= KEPT_OVERVIEW:
        return label, None
    return title, carried
