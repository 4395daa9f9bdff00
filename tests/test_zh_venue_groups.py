"""A Chinese roundup's theme group keeps to one venue (engines/zh_venue_groups.py)."""

from __future__ import annotations

from citebrief.engines.zh_venue_groups import venues_named
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from conftest import shared_article


def test_a_restaurant_named_after_de_is_a_venue() -> None:
    assert venues_named("上海某大酒店的新大陆餐厅今年推出了春季菜。") == {"新大陆餐厅"}
    assert venues_named("杭州某酒店的湖滨28餐厅以春笋为原料。") == {"湖滨28餐厅"}
    assert venues_named("外滩某庄的酩缘餐厅的银鱼羹很鲜。") == {"酩缘餐厅"}


def test_a_restaurant_not_named_is_no_venue() -> None:
    assert venues_named("不妨去酒店餐厅看一看。") == set()  # no name, no "的" before it
    assert venues_named("附近的一家餐厅也推出了新菜。") == set()  # "一家": one of many, unnamed
    assert venues_named("这道菜的口感鲜嫩爽口。") == set()


def test_a_group_spanning_two_restaurants_keeps_to_one() -> None:
    # zh-clts record 3: the last theme spans 新大陆餐厅's 香椿 dish [5] and 酩缘餐厅's 银鱼 dish [8];
    # its group set the walnut dish beside two 银鱼 bullets under '银鱼'
    brief = draft(document_from_text(shared_article("zh-clts.jsonl", 3), origin="x", kind="text"))
    fish = next(g for g in brief.groups if any("酩缘餐厅" in p.text for p in g.points))
    assert not any("核桃" in p.text for p in fish.points)
    assert [p.citations for p in fish.points] == [[8]] * len(fish.points)
    assert len(fish.points) >= 2
    assert "银鱼" in fish.title
