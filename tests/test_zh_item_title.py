"""A Chinese news group's title that is one item of a list one bullet gives, a quoted word hiding
the list's kind, gives way to that kind (`zh_item_title.item_title`: "等众多“新奇特”展品" → "展品"); a
title said outside a list, or a list with no quoted word before its kind, stays."""

from __future__ import annotations

from citebrief.text.zh_item_title import item_title, listed
from conftest import shared_group_titles

MEAL = [
    "鱼粉等饲料原料又大多呈粉状，对保存的温度、湿度均有较高要求。",
    "冈比亚输华饲料用鱼粉、鱼油等水生动物蛋白及油脂新获检疫准入。",
]


def test_an_item_of_a_list_with_no_kind_past_a_quote_stays() -> None:
    # not cut to its head "鱼粉": a reader found it said less (read 39k)
    assert item_title("冈比亚输华饲料用鱼粉", MEAL, MEAL, set()) == "冈比亚输华饲料用鱼粉"


def test_a_title_said_outside_a_list_stays() -> None:
    bullets = ["港口新到一批进口鱼粉。", "这批鱼粉当日即被放行。"]
    assert not listed("进口鱼粉", bullets)
    assert item_title("进口鱼粉", bullets, bullets, set()) == "进口鱼粉"


def test_a_quoted_word_before_the_lists_kind_is_read_past() -> None:
    shows = ["本届博览会还有仿生蝴蝶、按摩机器人、画像机器人等众多“新奇特”展品。", "展览总面积达4.5万平方米。"]
    assert item_title("画像机器人", shows, shows, set()) == "展品"
    plain = [shows[0].replace("“新奇特”", "新奇特"), shows[1]]
    assert item_title("画像机器人", plain, plain, set()) == "画像机器人"  # 新奇特展品: no kind alone


def test_shared_article_in_the_readers_form() -> None:
    # fish meal from Gambia: the long name stays (a reader found the bare "鱼粉" said less)
    assert "冈比亚输华饲料用鱼粉" in shared_group_titles("zh-news.jsonl", 193)
    # a robot fair: its exhibits, not the portrait robot, the last of the exhibits listed (then
    # written as its bullet writes them, `zh_one_said_title`)
    titles = shared_group_titles("zh-news.jsonl", 173)
    assert "“新奇特”展品" in titles and "画像机器人" not in titles
