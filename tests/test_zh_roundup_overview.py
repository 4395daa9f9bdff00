"""A roundup's overview leaves one item's background to the item (engines/zh_roundup_overview.py)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_roundup_overview import _passage
from citebrief.engines.zh_roundup_scenes import item_bounds, roundup_names
from citebrief.ingest import document_from_text
from conftest import shared_article

LINES = [
    "随着科技的不断进步，小家电的迭代速度也越来越快。",
    "连墙角都能扫干净的扫地机器人@iRobot。",
    "扫地机器人如今已然不是什么新鲜玩意儿。",
    "这款全新的产品还首次搭载了抗过敏原系统。",
    "对头发造成更少伤害的美发直发器@Dyson戴森。",
    "来自戴森的这款新品采用的是柔性弹板。",
]


def test_a_roundups_item_lines_bound_its_items_passages() -> None:
    bounds = item_bounds(LINES)
    assert bounds == [1, 4]
    assert {"扫地机器人", "美发直发器", "iRobot", "Dyson"} <= roundup_names(LINES)
    assert _passage(2, bounds, len(LINES)) == (1, 4)  # the robot's background: its passage
    assert _passage(5, bounds, len(LINES)) == (4, 6)  # the last item's runs to the end
    assert _passage(0, bounds, len(LINES)) is None  # the opening is the whole piece's
    assert _passage(4, bounds, len(LINES)) is None  # an item's own line is `zh_roundup_lines`'s


def test_no_roundup_names_nothing() -> None:
    plain = ["今天天气很好。", "我们去公园散步。"]
    assert roundup_names(plain) == frozenset()
    assert item_bounds(plain) == []


def test_clts_sample_3s_overview_says_the_trend_and_its_robot_group_the_allergen_system() -> None:
    brief = draft_extractive(document_from_text(shared_article("zh-clts.jsonl", 2), origin="x", kind="text"))
    overview = [p.text for p in brief.groups[0].points]
    assert overview and overview[0].startswith("随着科技的不断进步")
    assert not any(text.startswith("扫地机器人") for text in overview)  # the robot's background
    robot = next(g for g in brief.groups if g.title == "扫地机器人")
    assert any("Anti-Allergen" in p.text for p in robot.points)
