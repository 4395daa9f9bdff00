"""A Chinese news group's title that is one item of a list one bullet gives gives way to a rare
word most of the group's bullets say where each ends a noun phrase (`zh_item_title.item_title`);
a word that only modifies ("社区服务"), a common one, one of a title given, or a title said
outside a list leaves the title; with no such word, the list's kind read past a quoted word
("等众多“新奇特”展品": `zh_list_head`)."""

from __future__ import annotations

from citebrief.text.zh_item_title import item_title, listed
from conftest import shared_group_titles

MEAL = [
    "鱼粉等饲料原料又大多呈粉状，对保存的温度、湿度均有较高要求。",
    "冈比亚输华饲料用鱼粉、鱼油等水生动物蛋白及油脂新获检疫准入。",
]


def test_an_item_gives_way_to_the_word_most_bullets_end_on() -> None:
    assert item_title("冈比亚输华饲料用鱼粉", MEAL, MEAL, set()) == "鱼粉"


def test_a_title_said_outside_a_list_stays() -> None:
    bullets = ["港口新到一批进口鱼粉。", "这批鱼粉当日即被放行。"]
    assert not listed("进口鱼粉", bullets)
    assert item_title("进口鱼粉", bullets, bullets, set()) == "进口鱼粉"


def test_a_word_given_already_or_only_modifying_leaves_the_title() -> None:
    assert item_title("冈比亚输华饲料用鱼粉", MEAL, MEAL, {"冈比亚鱼粉进口"}) == "冈比亚输华饲料用鱼粉"
    fronts = ["展区设有医疗健康、商业社区服务等板块。", "商业社区板块人气最旺。"]
    assert item_title("医疗健康", fronts, fronts, set()) == "医疗健康"  # 社区 never ends a phrase


def test_a_common_word_leaves_the_title() -> None:
    common = ["各单位加强车辆、设备设施的检修。", "各单位提前安排好人员车辆。"]
    assert item_title("设备设施", common, common, set()) == "设备设施"  # 车辆 and 单位: plain words


def test_a_quoted_word_before_the_lists_kind_is_read_past() -> None:
    shows = ["本届博览会还有仿生蝴蝶、按摩机器人、画像机器人等众多“新奇特”展品。", "展览总面积达4.5万平方米。"]
    assert item_title("画像机器人", shows, shows, set()) == "展品"
    plain = [shows[0].replace("“新奇特”", "新奇特"), shows[1]]
    assert item_title("画像机器人", plain, plain, set()) == "画像机器人"  # 新奇特展品: no kind alone


def test_shared_article_in_the_readers_form() -> None:
    # fish meal from Gambia: the meal both bullets say, not the long name of one list's item
    titles = shared_group_titles("zh-news.jsonl", 193)
    assert "鱼粉" in titles and "冈比亚输华饲料用鱼粉" not in titles
    # a robot fair: its exhibits, not the portrait robot, the last of the exhibits listed
    titles = shared_group_titles("zh-news.jsonl", 173)
    assert "展品" in titles and "画像机器人" not in titles
