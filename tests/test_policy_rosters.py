"""A membership notice's members are a group of their own after the overview, quoted line by line
(`citebrief.engines.policy_rosters`): the notice is read for which bodies sit on the body."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.policy_rosters import BULLET_CHARS, member_groups
from citebrief.ingest import document_from_text
from citebrief.model import Group, Point
from citebrief.verify import verify_brief
from conftest import shared_article

OVERVIEW = Group(title="核心要点：调整领导小组组成人员", points=[Point(text="国务院决定进行调整。", citations=[1])])


def _roster(members: int) -> list[str]:
    names = ["郭卫民", "张 勇", "辛国斌", "杜航伟", "刘 伟", "王春峰", "赵英民", "倪 虹", "戴东昌", "魏山忠"]
    return [
        "根据工作需要，国务院决定对领导小组组成人员进行调整。",
        "组 长：韩 正 国务院副总理",
        f"成 员：{names[0]} 中央宣传部副部长",
        *(f"{name} 财政部副部长" for name in names[1:members]),
        "领导小组办公室设在生态环境部。",
    ]


def test_a_roster_notice_gets_its_members_after_the_overview() -> None:
    texts = _roster(10)
    groups = member_groups(texts, [OVERVIEW])
    assert [g.title for g in groups] == [OVERVIEW.title, "成员"]
    points = groups[1].points
    assert [n for p in points for n in p.citations] == list(range(3, 13))  # every member's line, in order
    assert points[0].text.startswith("郭卫民 中央宣传部副部长，张 勇 财政部副部长")  # the label is the title
    assert all(len(p.text) <= BULLET_CHARS for p in points)


def test_a_few_names_or_a_quoted_list_are_left_as_they_are() -> None:
    few = [*_roster(7), *(f"第{k}条 本办法所称……。" for k in range(1, 12))]
    assert member_groups(few, [OVERVIEW]) == [OVERVIEW]  # 7 names, and the roster is a small part
    quoting = Group(title="成员", points=[Point(text="郭卫民 中央宣传部副部长", citations=[3])])
    assert member_groups(_roster(10), [OVERVIEW, quoting]) == [OVERVIEW, quoting]


def test_the_membership_notices_of_the_policy_set_name_their_members() -> None:
    """govcn_5339579 (record 0) and govcn_5344146 (record 12) were briefed as an overview only
    (blind readers: coverage 3, grouping 3); a council set up with its roster in an annex
    (govcn_5343832, record 30) is briefed section by section, as before."""
    for index, titles, first in ((0, ["领导小组成员"], "郭卫民"), (12, ["部门委员", "专家委员"], "梁言顺")):
        document = document_from_text(shared_article("zh-policy.jsonl", index), origin="p", kind="text")
        brief = verify_brief(draft_extractive(document), document)
        assert [g.title for g in brief.groups[1 : 1 + len(titles)]] == titles
        assert brief.groups[1].points[0].text.startswith(first)
        assert all(p.support is not None and p.support.label == "supported" for g in brief.groups for p in g.points)
    document = document_from_text(shared_article("zh-policy.jsonl", 30), origin="p", kind="text")
    assert "成员" not in [g.title for g in draft_extractive(document).groups]


def test_sub_lists_are_titled_by_their_headings_within_the_bullets_budget() -> None:
    departments = [f"张{chr(0x4E00 + 0x100 + k)} 教育部副部长{'、中央编译局局长' * (k % 2)}" for k in range(30)]
    experts = [f"李{chr(0x4E00 + 0x200 + k)} 教授、北京大学原校长" for k in range(20)]
    texts = [
        "主 任：孙春兰 国务院副总理",
        "委 员：",
        "（一）部门委员",
        *departments,
        "（二）专家委员（按姓氏笔划为序）",
        *experts,
    ]
    groups = member_groups(texts, [OVERVIEW])
    assert [g.title for g in groups[1:]] == ["部门委员", "专家委员"]
    assert [len(g.points) for g in groups[1:]] == [3, 2]  # three a list, five in all: the departments first
    assert groups[1].points[0].citations[0] == 4  # the first department's line, after the headings
    assert all(len(p.text) <= BULLET_CHARS for g in groups[1:] for p in g.points)


def test_the_label_takes_its_owner_with_the_overview_bullet_that_says_it() -> None:
    texts = [*_roster(10), "领导小组成员因工作变动需要调整的，由所在单位提出。"]
    change = Point(text=texts[-1], citations=[len(texts)])
    office = Point(text="领导小组办公室设在生态环境部。", citations=[len(texts) - 1])
    overview = OVERVIEW.model_copy(update={"points": [*OVERVIEW.points, office, change]})
    groups = member_groups(texts, [overview])
    assert [g.title for g in groups] == [OVERVIEW.title, "领导小组成员"]
    assert groups[1].points[-1] == change and change not in groups[0].points  # how members change, with them
    # an overview that would keep one bullet keeps it, and the label stays bare
    short = OVERVIEW.model_copy(update={"points": [*OVERVIEW.points, change]})
    assert [g.title for g in member_groups(texts, [short])] == [OVERVIEW.title, "成员"]


def test_a_list_longer_than_its_bullets_names_the_rest_without_their_posts() -> None:
    """A list cut at its last bullet read as if it were whole (blind read: "the roster looks
    complete when it is only about half there"): the last bullet names every member left, posts aside."""
    departments = [f"张{chr(0x4E00 + 0x100 + k)} 教育部副部长" for k in range(30)]  # three bullets, whole
    experts = [f"李{chr(0x4E00 + 0x200 + k)} 教授、北京大学原校长" for k in range(20)] + ["王 湛 江苏省原副省长"]
    texts = ["主 任：孙春兰 国务院副总理", "委 员：", "（一）部门委员", *departments, "（二）专家委员", *experts]
    groups = member_groups(texts, [OVERVIEW])
    first, last = groups[2].points
    assert first.text.startswith("李") and "教授、北京大学原校长" in first.text
    assert last.citations == list(range(len(texts) - 21 + len(first.citations) + 1, len(texts) + 1))  # all the rest
    assert "教授" not in last.text and last.text.endswith("，王 湛")  # names only, as the lines write them
    assert all(len(p.text) <= BULLET_CHARS for g in groups[1:] for p in g.points)
    # a list that fits its bullets keeps every post
    assert all(" 教育部副部长" in p.text for p in groups[1].points)
