"""A generic heading's aspect says what the group is about, not where or who: "组织领导", not
"组织领导：试点地区" (`group_titles._says_group`)."""

from __future__ import annotations

from citebrief.engines.group_titles import _says_group
from conftest import shared_group_titles

BULLETS = [
    "试点地区要高度重视政府网站集约化试点工作，精心组织实施。",
    "试点地区政府办公厅（室）对政府网站集约化试点工作负总责。",
]


def test_a_place_both_bullets_say_is_no_aspect() -> None:
    assert not _says_group("试点地区", BULLETS)


def test_a_thing_both_bullets_say_is_one() -> None:
    assert _says_group("集约化试点工作", BULLETS)


def test_the_pilot_regions_lead_under_no_place() -> None:
    """govcn_5338761 (record 15): no title names the pilot regions every bullet is about. The section
    组织领导's exhortation ("试点地区要高度重视……精心组织实施") is no bullet (text/zh_exhortations.py),
    so its one duty (the office 负总责 for the pilot) joins the next section's group."""
    titles = shared_group_titles("zh-policy.jsonl", 15)
    assert not any(title.endswith("：试点地区") for title in titles)
    assert "运维保障" in titles
