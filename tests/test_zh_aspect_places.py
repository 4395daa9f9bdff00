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


def test_the_pilot_regions_lead_under_the_heading_alone() -> None:
    """govcn_5338761 (record 15): the section 组织领导, its bullets on the pilot regions' duty."""
    titles = shared_group_titles("zh-policy.jsonl", 15)
    assert "组织领导" in titles
    assert "组织领导：试点地区" not in titles
