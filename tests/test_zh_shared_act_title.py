"""A Chinese news group's title one bullet says gives way to the act half its bullets or more
report where no other group's bullet nor the overview's reports it, though the act is too
common for `zh_shared_act` (`zh_shared_act_title`: 救援, background IDF 7.9); an act some other
group reports or one joined after 和 to another act keeps the title, and so does a title with a
word two bullets write (the thing the group shares).
The texts are short ones written for these tests."""

from __future__ import annotations

from citebrief.text.zh_shared_act_title import shared_act_titles

RESCUE = [
    "消防队员赶到后立即展开救援工作，先把被困的三名工人转移到安全地带。",
    "救援人员用绳索把受伤的工人从井下吊上来，送往县医院。",
    "当晚十点，救援结束，井口被临时封闭。",
]
CAUSE = ["事故原因正在调查中。", "这座煤矿去年曾因安全问题停产整顿。"]
JOINED = ["各村负责检查和救援工作，县里统一调度。", "夜里的救援一直持续到天亮。"]


def _titles(groups: list[list[str]], titles: list[str], overview: list[str]) -> list[str]:
    own = [(bullets, bullets) for bullets in groups]
    return shared_act_titles(titles, list(own), [*groups, overview], set(), "煤矿事故")


def test_the_act_only_this_group_reports_takes_the_title() -> None:
    assert _titles([RESCUE, CAUSE], ["县医院", "事故原因"], []) == ["救援工作", "事故原因"]


def test_an_act_the_overview_or_another_group_reports_keeps_the_title() -> None:
    assert _titles([RESCUE, CAUSE], ["县医院", "事故原因"], ["救援队伍连夜赶到。"]) == ["县医院", "事故原因"]
    assert _titles([RESCUE, [*CAUSE, "救援费用由企业承担。"]], ["县医院", "事故原因"], [])[0] == "县医院"


def test_an_act_joined_after_another_keeps_the_title() -> None:
    """In "检查和救援工作" the work is both acts'; "救援工作" would name half of it."""
    assert _titles([JOINED, CAUSE], ["县里", "事故原因"], [])[0] == "县里"


def test_a_title_two_bullets_say_stays() -> None:
    assert _titles([RESCUE, CAUSE], ["工人", "事故原因"], [])[0] == "工人"


def test_a_title_with_a_thing_two_bullets_say_stays() -> None:
    """Two bullets write 工人: "工人宿舍" names a thing the group shares."""
    assert _titles([RESCUE, CAUSE], ["工人宿舍", "事故原因"], [])[0] == "工人宿舍"
