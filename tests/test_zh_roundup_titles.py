"""A roundup's item group is titled by the item: its brand where its lines say only that, the
dish a recipe's steps come from where they never name it (text/zh_roundup.py)."""

from __future__ import annotations

import re

import pytest

from citebrief.text.zh_roundup import _opens_with, item_named, item_opened, roundup_brands, roundup_items

LINES = [
    "好设计总是难找。",
    "以舒适为己任的彩妆@YES!IC",
    "YES!IC的设计师研究了亚洲女性手的尺寸。",
    "将装饰与实用融为一体的杯具套组@Rosenthal卢臣泰“Rosenthal meets Versace”系列。",
    "高颜值而易清洁的户外吊椅@DEDON。",
]


def test_a_product_item_is_named_by_its_brand_where_its_lines_say_only_that() -> None:
    items = roundup_items(LINES)
    brands = roundup_brands(LINES)
    assert brands == {"彩妆": "YES!IC", "杯具套组": "Rosenthal", "户外吊椅": "DEDON"}
    bullets = ["YES!IC的设计师特别选用了接近肌肤的弹性涂层。", "设计师还研究了亚洲女性手的尺寸。"]
    assert item_named(items, bullets, set(), brands) == "YES!IC"
    assert item_named(items, bullets, set()) == ""  # without the brands: no item said
    # the item's own name wins where the bullets say it
    assert item_named(items, ["这款户外吊椅不怕风吹日晒。", "DEDON以户外家具起家。"], set(), brands) == "户外吊椅"
    assert item_named(items, bullets, {"yes!ic"}, brands) == ""


def test_a_recipes_steps_are_titled_by_the_dish_their_passage_opens_with() -> None:
    recipe = [
        "冬天适合清补。",
        "红枣黑芝麻粥，原料：大米、红枣、黑芝麻。",
        "白菜萝卜汤，原料：大白菜叶、白萝卜。",
        "白菜萝卜汤，原料：大白菜叶。",
    ]
    items = roundup_items(recipe)
    assert items[:2] == ["红枣黑芝麻粥", "白菜萝卜汤"]
    opening = "红枣黑芝麻粥，原料：大米、红枣、黑芝麻。做法：大米淘洗干净，用冷水浸泡半小时。"
    assert item_opened(items, [opening, "黑芝麻容易炒焦。"], set(), {}) == "红枣黑芝麻粥"
    assert item_opened(items, ["黑芝麻容易炒焦。"], set(), {}) == ""  # no cited passage opens an item
    both = [opening, "白菜萝卜汤，原料：大白菜叶、白萝卜。"]
    assert item_opened(items, both, set(), {}) == ""  # two items: neither names the group
    assert item_opened(items, [opening], {"红枣黑芝麻粥"}, {}) == ""


def test_an_items_line_is_its_sentences_first_30_characters_and_no_pattern_is_made_of_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    item = "扫地机器人"
    _opens_with("预热", item)  # the line's mark compiled once, before the patterns are watched
    monkeypatch.setattr(re, "_compile", _no_compiling)  # an item of a new article compiles nothing
    assert _opens_with("这款扫地机器人@iRobot，好用。", item)
    assert _opens_with("扫地机器人， 原料：……", item)
    assert _opens_with("说到家电：" + "好" * 25 + "扫地机器人@iRobot", item)  # its name starts at 30
    assert not _opens_with("说到家电：" + "好" * 26 + "扫地机器人@iRobot", item)  # at 31: no item's line
    assert not _opens_with("好用。扫地机器人@iRobot", item)  # in the second sentence
    assert _opens_with("扫地机器人好用，扫地机器人@iRobot", item)  # its second place is its line
    assert not _opens_with("扫地机器人好用", item)


def _no_compiling(*_: object) -> None:
    raise AssertionError("a pattern was compiled")
