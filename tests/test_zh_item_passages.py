"""A Chinese roundup's item titles a group whose bullets all come from its passage, not one
whose bullets run on into the next items' (`zh_item_passages`)."""

from __future__ import annotations

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_item_passages import Passage, item_passages, passage_item, runs_past
from conftest import shared_article

TEXTS = [
    "春天到了，江南人爱吃时令菜。",
    "香椿拌豆腐，原料：香椿、豆腐。",
    "香椿洗净切碎，豆腐焯水。",
    "银鱼跑蛋，原料：银鱼、鸡蛋。",
    "银鱼用盐腌一下，鸡蛋打散。",
    "最后说说汤羹。",
]
ITEMS = ["香椿拌豆腐", "银鱼跑蛋"]


def test_each_item_runs_to_the_next() -> None:
    assert item_passages(tuple(ITEMS), tuple(TEXTS)) == [Passage("香椿拌豆腐", 1, 3), Passage("银鱼跑蛋", 3, None)]


def test_a_group_past_its_item_is_not_the_items() -> None:
    passages = item_passages(tuple(ITEMS), tuple(TEXTS))
    mixed = ["香椿拌豆腐，原料：香椿、豆腐。", "银鱼用盐腌一下，鸡蛋打散。", "最后说说汤羹。"]
    assert runs_past("香椿拌豆腐", "香椿拌豆腐", mixed, [1, 4, 5], passages)
    own = ["香椿拌豆腐，原料：香椿、豆腐。", "香椿洗净切碎，豆腐焯水。"]
    assert not runs_past("香椿拌豆腐", "香椿拌豆腐", own, [1, 2], passages)


def test_a_group_within_a_passage_is_its_items_where_a_paragraph_names_it() -> None:
    passages = item_passages(tuple(ITEMS), tuple(TEXTS))
    assert passage_item([1, 2], passages, TEXTS, set()) == "香椿拌豆腐"
    assert passage_item([2], passages, TEXTS, set()) == ""  # the cited paragraph never names the dish
    assert passage_item([1, 2], passages, TEXTS, {"香椿拌豆腐"}) == ""
    assert passage_item([3, 4], passages, TEXTS, set()) == ""  # the last passage has no end


def test_a_mixed_dishes_group_is_not_titled_by_one_dish() -> None:
    # zh-clts record 3: a 香椿 dish, then two 银鱼 dishes, under the first dish's name
    brief = draft(document_from_text(shared_article("zh-clts.jsonl", 3), origin="x", kind="text"))
    walnut = [g for g in brief.groups if g.title == "香椿头碎鲜核桃"]
    assert not any("银鱼" in p.text for g in walnut for p in g.points)
