"""A numbered list's later item is a detail of its list: no point of a feature's overview."""

from __future__ import annotations

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_later_items import in_later_item, later_item
from conftest import shared_article


def test_a_later_item_opens_on_its_number() -> None:
    assert later_item("3、如果喜欢吃甜口的，可以适当加入一些冰糖调味。")
    assert later_item("（2）城镇职工参保率不高。")
    assert later_item("Tips：1、红枣数量不宜多，以4-5颗/天为推荐；")  # after the list's label
    assert not later_item("1、黑芝麻下锅用小火炒香后，将其打碎成粉末，备用；")  # the list's opening
    assert not later_item("2.5万人参加了活动。")  # a figure, no item
    assert not later_item("红枣黑芝麻粥，原料：大米、红枣、黑芝麻。")


def test_a_semicolon_run_goes_on_from_its_item() -> None:
    texts = [
        "Tips：1、红枣数量不宜多，以4-5颗/天为推荐；",
        "考究的可以先去核再煮，但实际上不去核也没事；",
        "另起一段。",
    ]
    assert in_later_item(texts, [3, 3, 4], 1)
    assert not in_later_item(texts, [3, 3, 4], 2)  # another paragraph
    assert not in_later_item(["首先要洗净；", "考究的可以先去核再煮；"], [1, 1], 1)


def test_a_recipe_overview_names_its_dishes_not_a_tip() -> None:
    """zh-clts record 0: the overview led with the porridge's third tip ("如果喜欢吃甜口的……")
    above the dish it is a tip of; the tip is read under its dish now."""
    document = document_from_text(shared_article("zh-clts.jsonl", 0), origin="zh-clts-0", kind="text")
    groups = draft(document).groups
    assert not any(p.text.startswith("如果喜欢吃甜口的") for p in groups[0].points)
    # what the tips are of, said first: at the head of the dish's own group (`zh_roundup_lines`;
    # blind 33b read the ingredient line in the overview as the recipe group's)
    assert groups[1].points[0].text.startswith("红枣黑芝麻粥")
