"""A Chinese news group titled by a bare noun is titled by the action two or more of its bullets
report, as the text writes it (`zh_action_title`); where no action is shared so, the noun stays."""

from __future__ import annotations

from citebrief.text.zh_action_title import acted_zh_title
from citebrief.text.zh_news_title_steps import swapped
from conftest import shared_group_titles

ROADS = [
    "双龙路7K加600米处发生泥石流断道。",
    "国道348线公路梅林镇挖黑口塌方断道。",
    "新利路边坡塌方约2000余方断道，断道的公路已抢通。",
]
ADVERTS = [
    "经查，当事人在自有网站发布广告，宣传专家团队的医师。",
    "当事人构成超出审查证明内容发布医疗广告、虚构医师信息的违法行为。",
    "当事人在微博账号发布含有患者治疗前后对比照片的广告。",
]


def test_the_noun_beside_the_verb_the_bullets_share_is_the_title() -> None:
    assert acted_zh_title("塌方", ROADS, ROADS, set()) == "塌方断道"


def test_the_same_act_on_the_same_thing_titles_the_group() -> None:
    assert acted_zh_title("医师", ADVERTS, ADVERTS, set()) == "发布广告"


def test_a_verb_said_by_one_bullet_is_its_detail() -> None:
    assert acted_zh_title("塌方", [*ROADS[1:2], "新利路边坡塌方约2000余方。"], ROADS, set()) == "塌方"
    assert acted_zh_title("医师", [*ADVERTS[:1], "当事人虚构医师信息。"], ADVERTS, set()) == "医师"


def test_a_light_verb_a_compound_or_two_objects_is_no_action() -> None:
    shopping = ["我们都觉得买菜很方便。", "老顾客觉得这样买菜，让心情很美丽。"]
    assert acted_zh_title("买菜", shopping, shopping, set()) == "买菜"  # 觉得 says nothing done
    accounts = ["这是为用户支付账户提供的一项服务。", "当支付账户被他人盗用时，平台可以赔付。"]
    assert acted_zh_title("客服", accounts, accounts, set()) == "客服"  # the account, where nobody pays
    funds = ["单位缴费计入基本养老保险统筹基金。", "社会统筹账户资金和个人账户资金混合使用。"]
    assert acted_zh_title("职工", funds, funds, set()) == "职工"  # 统筹 a fund here, an account there


def test_a_given_title_or_a_verbal_noun_stays() -> None:
    assert acted_zh_title("塌方", ROADS, ROADS, {"塌方断道"}) == "塌方"
    clearance = ["旅客通关效率提升一倍。", "物资顺利通关，打造专用通关通道。"]
    assert acted_zh_title("通关", clearance, clearance, set()) == "通关"  # names an act already


def test_the_guard_holds_the_action_in_the_nouns_place() -> None:
    swap = swapped(acted_zh_title, "塌方", {"塌方", "暴雨"}, ROADS, ROADS, {"暴雨"})
    assert swap == ("塌方断道", {"塌方断道", "暴雨"})


def test_a_shared_news_group_on_cut_roads_says_what_happened() -> None:
    titles = shared_group_titles("zh-news.jsonl", 179)
    assert "塌方断道" in titles
    assert "塌方" not in titles
