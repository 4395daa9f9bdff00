"""A Chinese policy group whose items name the work they ask for is titled by those works,
not by one item's agency (`citebrief.text.zh_policy_tasks`)."""

from __future__ import annotations

from citebrief.text.zh_policy_tasks import tasks_title
from conftest import shared_group_titles

ITEMS = [
    "要加强对日军遗弃化学武器的调查取证工作，设法查找日军在我国储存化学武器等文件资料。",
    "对已发现的日军遗弃的化学武器，其技术处理和有关管理工作由军队各级防化业务部门负责。",
    "任何单位和个人如发现遗弃的化学武器，都要立即逐级上报，不得擅自处理。",
]


def test_the_works_the_items_ask_for_title_the_group() -> None:
    assert tasks_title("防化业务部门", ITEMS, set()) == "调查取证、技术处理"


def test_one_work_named_is_no_title() -> None:
    assert tasks_title("防化业务部门", ITEMS[1:], set()) == "防化业务部门"


def test_what_is_no_act_names_no_work() -> None:
    """The words "日常" (daily) and "本地区促进就业" (opens on a pronoun) are no work's name: one is left."""
    bullets = ["协调委办公室承担协调委的日常工作。", "各部门做好本地区促进就业工作。", ITEMS[1]]
    assert tasks_title("协调委办公室", bullets, set()) == "协调委办公室"


def test_a_title_two_bullets_say_stays() -> None:
    assert tasks_title("化学武器", ITEMS, set()) == "化学武器"


def test_a_notice_on_abandoned_chemical_weapons_is_titled_by_its_tasks() -> None:
    """govcn_5351718 (record 6): investigating, and handling and managing what is found, not
    "防化业务部门" (who handles it, one item's)."""
    titles = shared_group_titles("zh-policy.jsonl", 6)
    assert "防化业务部门" not in titles
    assert "调查取证、技术处理" in titles
