"""A Chinese news group's title that more of its bullets say (`zh_more_said`)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.zh_more_said import more_said
from conftest import shared_article

MARKET = [
    "本次市集活动由一家文创公司主办，内容包括京味文化与中轴文化。",
    "在市集产品中，中轴线主题冰箱贴均具有中轴特色。",
    "创意市集以不同展位特点，带给游客丰富的文化体验。",
    "在一个展位，游客可收集京味文化纪念品。",
]


def test_a_thing_three_bullets_of_four_say_goes_before_one_two_say() -> None:
    ranked = [(0.3, "中轴"), (0.1, "市集")]
    assert more_said("京味文化", ranked, MARKET) == ["市集"]


def test_a_best_phrase_most_bullets_say_stays() -> None:
    assert more_said("市集", [(0.3, "京味文化")], MARKET) == []
    # said by no more bullets than the best: no better
    assert more_said("京味文化", [(0.3, "展位")], MARKET) == []


def test_the_market_group_is_titled_by_the_market() -> None:
    # zh-news 48: four bullets on a market's organiser, products and stalls, two of them on
    # "京味文化" souvenirs; three say 市集, which names the group
    document = document_from_text(shared_article("zh-news.jsonl", 48), origin="zh-news-48", kind="text")
    titles = [group.title for group in draft_extractive(document).groups]
    assert "创意市集" in titles and "京味文化" not in titles, titles
