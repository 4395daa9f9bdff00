"""A roster the document lists under its own heading ("二、组成人员") is a bullet of the group that
heading titles, not of the overview (`citebrief.engines.policy_roster_place`)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.policy_roster_place import roster_placed
from citebrief.ingest import document_from_text
from citebrief.model import Group, Point
from citebrief.verify import verify_brief
from conftest import shared_article

TEXTS = [
    "同意组建协调委员会。协调委员会不刻制印章。",  # 1
    "一、主要职能",  # 2
    "协调重大事项。",  # 3
    "二、组成人员",  # 4
    "主 任：尤 权 国务院副秘书长",  # 5
    "副主任：杨元元 民航总局局长",  # 6
    "协调委成员因工作变动需要调整的，由所在单位提出。",  # 7
]
ROSTER = Point(text="主任：尤权 国务院副秘书长；副主任：杨元元 民航总局局长", citations=[5, 6])
OVERVIEW = Group(
    title="核心要点：同意组建协调委员会",
    points=[
        Point(text="同意组建协调委员会。", citations=[1]),
        ROSTER,
        Point(text="协调委员会不刻制印章。", citations=[1]),
    ],
)
DUTIES = Group(title="主要职能", points=[Point(text="协调重大事项。", citations=[3])])
MEMBERS = Group(
    title="组成人员", points=[Point(text="协调委成员因工作变动需要调整的，由所在单位提出。", citations=[7])]
)


def test_the_roster_goes_under_the_heading_that_titles_its_group() -> None:
    groups = roster_placed(TEXTS, [OVERVIEW, DUTIES, MEMBERS])
    assert [p.text for p in groups[0].points] == ["同意组建协调委员会。", "协调委员会不刻制印章。"]
    assert groups[1] == DUTIES
    assert groups[2].title == "组成人员"
    assert groups[2].points == [ROSTER, *MEMBERS.points]  # in the document's order


def test_the_roster_stays_without_its_heading_or_room_in_the_overview() -> None:
    kept = [OVERVIEW, DUTIES, MEMBERS]
    assert roster_placed(None, kept) == kept  # no policy
    other = [*TEXTS[:3], "二、工作规则", *TEXTS[4:]]
    assert roster_placed(other, kept) == kept  # the roster under another heading
    untitled = [OVERVIEW, DUTIES, MEMBERS.model_copy(update={"title": "工作规则"})]
    assert roster_placed(TEXTS, untitled) == untitled  # no group the heading titles
    two = [OVERVIEW.model_copy(update={"points": OVERVIEW.points[:2]}), DUTIES, MEMBERS]
    assert roster_placed(TEXTS, two) == two  # the overview would keep one bullet


def test_a_full_group_makes_room_with_its_boilerplate_on_how_members_change() -> None:
    office = [Point(text=f"办公室承担第{k}项日常工作。", citations=[7]) for k in range(1, 4)]
    full = MEMBERS.model_copy(update={"points": [*MEMBERS.points, *office]})  # four bullets
    groups = roster_placed(TEXTS, [OVERVIEW, DUTIES, full])
    assert groups[2].points == [ROSTER, *office]  # "协调委成员因工作变动需要调整的" gave way
    no_room = full.model_copy(update={"points": [*office, Point(text="办公室设在民航总局。", citations=[7])]})
    assert roster_placed(TEXTS, [OVERVIEW, DUTIES, no_room]) == [OVERVIEW, DUTIES, no_room]


def test_the_council_of_the_policy_set_names_its_head_under_its_members_heading() -> None:
    """govcn_5345402 (record 17): the overview held the roster while "组成人员" named no one (blind
    reader); the adjustment notices with no such heading (records 0 and 12) keep the head there."""
    document = document_from_text(shared_article("zh-policy.jsonl", 17), origin="p", kind="text")
    brief = verify_brief(draft_extractive(document), document)
    assert brief.groups[0].points[0].text.startswith("同意组建2008年北京奥运会首都国际机场协调委员会")
    assert not any(p.text.startswith("主任：") for p in brief.groups[0].points)
    members = next(g for g in brief.groups if g.title == "组成人员")
    assert members.points[0].text.startswith("主任：尤权 国务院副秘书长；副主任：杨元元")
    assert members.points[0].citations == [15, 16, 17, 18, 19]
    assert len(members.points) == 4  # "协调委成员因工作变动需要调整的" gave way; the office's bullets stay
    assert all(p.support is not None and p.support.label == "supported" for g in brief.groups for p in g.points)
    for index, head in ((0, "组长：韩正"), (12, "主任：孙春兰")):
        document = document_from_text(shared_article("zh-policy.jsonl", index), origin="p", kind="text")
        assert any(p.text.startswith(head) for p in draft_extractive(document).groups[0].points)
