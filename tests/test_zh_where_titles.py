"""A Chinese phrase that says where within a place ("相邻区域", "重点地段") or what a thing is like
("志愿者素质") titles no group (`zh_poor_titles.poor_zh_title`): the next phrase names what
happened there ("狂风" over the typhoon's landfall, not "相邻区域"); a place's own thing
("历史城区", "古桑洲水域") still does."""

from __future__ import annotations

from citebrief.eval.rouge import split_paragraphs
from citebrief.text.title_choice import group_title
from citebrief.text.zh_poor_titles import poor_zh_title
from conftest import shared_article


def test_a_where_word_is_a_poor_title() -> None:
    assert poor_zh_title("相邻区域") and poor_zh_title("重点地段") and poor_zh_title("沿海一带")
    assert poor_zh_title("高速公路沿线") and poor_zh_title("景区周边")


def test_a_place_with_a_thing_of_its_own_is_none() -> None:
    assert not poor_zh_title("历史城区") and not poor_zh_title("古桑洲水域") and not poor_zh_title("中心城区")
    assert not poor_zh_title("区域协调发展")


def test_the_group_is_titled_by_what_happened_there() -> None:
    bullets = [
        "在台风登陆地泉州晋江市以及相邻区域，狂风与暴雨齐袭，已有多地积水，树木被刮倒。",
        "台风登陆前，福建严阵以待，全力防范。",
    ]
    every = ["28日9时55分，今年第5号台风“杜苏芮”在福建晋江沿海登陆。", *bullets]
    title = group_title(bullets, bullets, every, "zh", {"台风percy"}, covering=True)
    assert title and not title.endswith(("区域", "地段")), title


def test_a_quality_of_a_thing_is_a_poor_title() -> None:
    assert poor_zh_title("志愿者素质") and poor_zh_title("留学人员视野") and poor_zh_title("美食经济新动能")
    assert poor_zh_title("成果效益最大化") and poor_zh_title("交流交融新局面") and poor_zh_title("诚信风尚")
    assert not poor_zh_title("美食经济") and not poor_zh_title("高校学子")


def test_a_thing_with_the_locative_on_it_is_a_poor_title() -> None:
    assert poor_zh_title("窗台上") and poor_zh_title("沙发上") and poor_zh_title("茶几边缘上")
    # words of their own that end on 上: how, when or what, not where on a thing
    assert not poor_zh_title("线上") and not poor_zh_title("在此基础上") and not poor_zh_title("海上")
    assert not poor_zh_title("窗台") and not poor_zh_title("上海") and not poor_zh_title("人民至上")


def test_a_falls_group_is_not_titled_by_the_sill_one_child_fell_from() -> None:
    # zh-clts record 4 cut into passages as the benches cut it: a group on children's falls by
    # age, one bullet on the boy who fell from a window sill (窗台上 in it, 阳台上 beside it)
    passages = split_paragraphs(shared_article("zh-clts.jsonl", 4).strip(), "zh")
    bullets = [
        "那天，窗户开着，爸爸下楼买菜，南安趴在窗台上往下看，结果从10楼跌落至地面。",
        "5岁以下儿童发生跌落相关损伤的风险最大。",
        "引起跌落的地点和机制因孩子年龄而异。",
        "4岁以下儿童，80％以上的跌落相关伤害发生在家中",
    ]
    texts = [p for p in passages if any(b[:12] in p for b in bullets)]
    assert len(texts) == 3
    title = group_title(bullets, texts, passages, "zh", {"跌落危险因素"}, covering=True)
    assert title and not title.endswith("上"), title


def test_a_subject_with_its_part_of_is_a_poor_title() -> None:
    assert poor_zh_title("好村部分水稻") and poor_zh_title("黄淮部分地区")
    assert not poor_zh_title("部分水稻") and not poor_zh_title("重要组成部分") and not poor_zh_title("水稻")


def test_a_flood_checks_group_is_not_titled_by_some_of_one_villages_rice() -> None:
    # zh-news record 145 cut into passages as the benches cut it: a group on the checks after the
    # floods, one bullet on the rice of one village that stood in water
    passages = split_paragraphs(shared_article("zh-news.jsonl", 145).strip(), "zh")
    bullets = [
        "尚志市黑龙宫镇得好村部分水稻、玉米等农作物过水，尚志市农业农村局第一时间派出农技人员奔赴受灾一线开展指导服务",
        "在黑龙江省哈尔滨依兰县，松花江依兰段水位已回落至警戒水位以下，当地对受灾严重的乡镇开展全面汛后隐患排查工作。",
        "随着洪水逐渐消退，牡丹江市和海林市组建了38个帮扶工作组，深入受灾村屯，全面开展灾情核查和灾后重建工作。",
    ]
    texts = [p for p in passages if any(b[:12] in p for b in bullets)]
    assert texts
    title = group_title(bullets, texts, passages, "zh", {"农业生产"}, covering=True)
    assert title and "部分" not in title, title
