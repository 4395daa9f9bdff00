"""A Chinese roundup's theme group keeps to one venue (engines/zh_venue_groups.py)."""

from __future__ import annotations

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_venue_groups import opening_gives_way, venues_named
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from conftest import shared_article
from scored_builder import zh_scored


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


def _tour() -> tuple[Scored, list[Draft], list[int]]:
    """A roundup of three restaurants' dishes (each dish opened twice by its name), its second
    group spent on the opening's musings while the second restaurant stands in no bullet."""
    scored = zh_scored(
        [
            ["春天到了，各家餐厅纷纷推出时令新菜，值得一一品尝。", "时令菜讲究一个鲜字，食材当季才最好吃。"],
            ["吃春菜，在南方人的心里，是一种季节的仪式感。", "野菜的清香总让人想起田间地头的春风。"],
            ["城东某酒店的松风餐厅推出了八道春季新菜，从冷盘到甜点应有尽有。", "腌笃鲜汤色奶白，咸鲜适口。"],
            ["城西某酒店的竹影餐厅今年的春季菜单同样值得期待。", "花雕蒸蟹，把整只膏蟹和陈年花雕酒一起蒸制而成。"],
            ["花雕蒸蟹，选用的是刚上市的膏蟹，蟹膏饱满，酒香扑鼻而来。", "香椿拌豆腐，清爽开胃。"],
            ["香椿拌豆腐，豆腐细嫩，香椿提味，是一道很家常的凉菜。"],
            ["城南某酒店的云水餐厅的银鱼羹用料讲究，汤色清亮，鲜味悠长。", "银鱼羹，入口即化。"],
        ]
    )
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3]), Draft(2, [4, 5]), Draft(3, [11, 12])]
    return scored, drafts, [0, 1, 2, 3, 4, 5, 11, 12]


def test_an_opening_group_gives_way_to_a_restaurant_left_out() -> None:
    scored, drafts, chosen = _tour()
    opening_gives_way(scored, drafts, chosen)
    assert [d.picked for d in drafts] == [[0, 1], [4, 5], [7, 8], [11, 12]]  # 竹影餐厅's first dish, in its place
    assert sorted(chosen) == [0, 1, 4, 5, 7, 8, 11, 12]


def test_an_opening_group_stays_where_every_restaurant_has_a_bullet() -> None:
    scored, drafts, _ = _tour()
    drafts[2].picked = [4, 6]  # 竹影餐厅's line beside 松风餐厅's
    opening_gives_way(scored, drafts, [0, 1, 2, 3, 4, 6, 11, 12])
    assert [d.picked for d in drafts] == [[0, 1], [2, 3], [4, 6], [11, 12]]


def test_the_shoots_musings_give_way_to_the_restaurant_left_out() -> None:
    # zh-clts record 3 as pasted: 新大陆餐厅's dishes [5]-[7] stood in no bullet while a group said the opening's shoots
    brief = draft(document_from_text(shared_article("zh-clts.jsonl", 3), origin="x", kind="text"))
    assert any("核桃" in p.text for g in brief.groups for p in g.points)
    assert not any("笋是春天的妙物" in p.text for g in brief.groups for p in g.points)
