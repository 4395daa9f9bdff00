"""A Chinese news group titled only by a body ("成都海关大运会工作专班") is titled by what most of
its bullets say (`zh_body_title.past_body`): "通关"."""

from __future__ import annotations

from citebrief.text.zh_body_title import body_only, past_body
from conftest import shared_group_titles

BULLETS = [
    "成都大运会涉赛人员入境高峰又恰逢旅游高峰，人员密集到达容易造成拥堵。",
    "成都海关大运会工作专班介绍，现场智能通道全部由“单通道”升级成“双通道”模式，通关效率提升一倍。",
    "成都海关大运会工作专班说：“需要在航站楼内重新规划新线路，来保障此类物资顺利通关。”",
    "成都海关大运会工作专班便开始推敲撑杆查验点位及流程，最终为比赛用撑杆等量身打造专用通关通道。",
]


def test_a_body_and_only_a_body() -> None:
    assert body_only("成都海关大运会工作专班")
    assert body_only("海西州公安局警航支队")
    assert body_only("国家开发银行")  # one word, an organisation's name
    assert not body_only("图片公司")  # a kind of body, no body
    assert not body_only("金马镇中心小学")  # a school's story is often the group's own
    assert not body_only("通关效率")


def test_a_body_gives_way_to_what_most_bullets_say() -> None:
    assert past_body("成都海关大运会工作专班", BULLETS, BULLETS, set()) == "通关"


def test_a_body_stays_where_the_bullets_share_no_rare_word() -> None:
    bullets = ["福建省气象局发布消息称，预计强度逐渐减弱。", "福建省气象局表示，各地严阵以待。"]
    assert past_body("福建省气象局", bullets, bullets, set()) == "福建省气象局"
    assert past_body("成都海关大运会工作专班", BULLETS, BULLETS, {"通关"}) == "成都海关大运会工作专班"
    assert past_body("通关效率", BULLETS, BULLETS, set()) == "通关效率"  # no body: as it is


def test_a_customs_group_is_titled_by_clearing_customs() -> None:
    """zh-news record 155 read in place: before, "成都海关大运会工作专班"; the bare "通关" then
    takes the aspect a bullet measures it by (`zh_act_aspect`)."""
    assert shared_group_titles("zh-news.jsonl", 155)[1] == "通关效率"


def test_a_phrase_with_latin_letters_given_already_is_not_taken_again() -> None:
    # the titles given are casefolded: "辅酶Q10胶囊" is the given "辅酶q10胶囊", not a new title
    bullets = [
        "上海市公安局食药环侦总队通过网络巡查发现，某网店销售的辅酶Q10胶囊包装粗糙。",
        "上海市公安局食药环侦总队怀疑背后存在制售假劣辅酶Q10胶囊的犯罪风险。",
    ]
    body = "上海市公安局食药环侦总队"
    assert past_body(body, bullets, bullets, set()) == "辅酶Q10胶囊"
    assert past_body(body, bullets, bullets, {"辅酶q10胶囊"}) == body
