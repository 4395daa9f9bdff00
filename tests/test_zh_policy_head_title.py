"""A Chinese policy group's title whose head word one bullet says gives way to the next best
phrase whose head word two bullets say (`citebrief.text.zh_policy_head_title`)."""

from __future__ import annotations

from citebrief.text.zh_policy_head_title import headed_title
from conftest import shared_group_titles

# invented: a group on building the stations, one bullet's "勘察设计" the rarest phrase
STATIONS = [
    "气象站建设的具体实施方案，按基建程序报批。",
    "勘察定点和制定建设规划要征求主管部门的意见。",
    "上岛勘察设计和施工作业应由内地人员承担。",
]


def test_one_bullets_head_gives_way_to_a_head_two_bullets_say() -> None:
    assert headed_title("勘察设计", STATIONS, STATIONS, STATIONS, set()) == "气象站建设"


def test_a_title_whose_head_two_bullets_say_stays() -> None:
    assert headed_title("建设规划", STATIONS, STATIONS, STATIONS, set()) != "建设规划"  # 规划: one bullet's
    assert headed_title("气象站建设", STATIONS, STATIONS, STATIONS, set()) == "气象站建设"


def test_a_title_two_bullets_say_stays() -> None:
    assert headed_title("勘察", STATIONS, STATIONS, STATIONS, set()) == "勘察"


def test_a_group_of_two_keeps_its_title() -> None:
    assert headed_title("勘察设计", STATIONS[1:], STATIONS[1:], STATIONS, set()) == "勘察设计"


def test_a_title_given_already_is_not_repeated() -> None:
    assert headed_title("勘察设计", STATIONS, STATIONS, STATIONS, {"气象站建设"}) != "气象站建设"


def test_shared_policy_reply_titles_the_stations_building() -> None:
    """zh-policy 11: the group on building and running the weather stations, not "勘察设计"."""
    titles = shared_group_titles("zh-policy.jsonl", 11)
    assert "气象站建设" in titles
    assert "勘察设计" not in titles
