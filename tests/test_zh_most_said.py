"""A Chinese news group's title one bullet says gives way to a phrase of two words or more that
most of its bullets say (`zh_most_said.most_said`), unless that phrase is a title given
already, a place, an office, a piece of the title or a phrase of common words."""

from __future__ import annotations

from citebrief.text.zh_most_said import most_said
from citebrief.text.zh_shared import rarest_word_idf
from conftest import shared_group_titles

FORCES = [
    "市里调整了国家综合性消防救援队伍的布防，部署到沿海各区。",
    "应急管理部已调派工程抢险、排涝等应急力量，做好防汛准备。",
    "各区预置专业应急力量两千余人，随时待命。",
]


def test_a_phrase_most_bullets_say_replaces_one_bullets_title() -> None:
    assert most_said("国家综合性消防救援队伍", FORCES, FORCES, set()) == "应急力量"


def test_a_title_two_bullets_say_stays() -> None:
    assert most_said("应急力量", FORCES, FORCES, set()) == "应急力量"


def test_a_phrase_given_already_is_not_taken_again() -> None:
    assert most_said("国家综合性消防救援队伍", FORCES, FORCES, {"应急力量"}) == "国家综合性消防救援队伍"
    assert most_said("国家综合性消防救援队伍", FORCES, FORCES, {"专业应急力量"}) == "国家综合性消防救援队伍"


def test_a_place_or_an_office_is_no_title() -> None:
    bullets = ["上海市公安局召开发布会，通报案件进展。", "上海市公安局提醒市民注意防范诈骗。", "涉案金额达两千万元。"]
    assert most_said("涉案金额", bullets, bullets, set()) == "涉案金额"


def test_a_group_of_one_bullet_or_common_words_keeps_its_title() -> None:
    one = ["各区预置专业应急力量两千余人，随时待命。"]
    assert most_said("专业力量", one, one, set()) == "专业力量"
    common = ["企业发展服务中心为企业提供服务。", "企业发展情况良好，各项服务到位。"]
    assert most_said("服务中心", common, common, set()) == "服务中心"  # 企业发展: no word rarer than 文化


def test_a_phrase_with_latin_letters_given_already_is_not_taken_again() -> None:
    # the titles given are casefolded ("辅酶q10功能性食品", the overview's subject): the phrase the
    # bullets write in capitals is the same title, not a new one (zh-news record 81 repeated it)
    bullets = [
        "今年3月，上海市公安局食药环侦总队通过网络巡查发现，某销售辅酶Q10功能性食品的网络店铺包装粗糙。",
        "警方怀疑背后可能存在制售假劣辅酶Q10功能性食品的犯罪风险，随即开展立案侦查。",
    ]
    title = "上海市公安局食药环侦总队"
    assert most_said(title, bullets, bullets, {"食药环侦总队"}) == "辅酶Q10功能性食品"
    assert most_said(title, bullets, bullets, {"食药环侦总队", "辅酶q10功能性食品"}) == title


def test_no_group_repeats_the_overviews_subject() -> None:
    """zh-news record 81 read in place: before, its first group was titled 辅酶Q10功能性食品 as the
    overview is ("核心要点：辅酶Q10功能性食品")."""
    titles = shared_group_titles("zh-news.jsonl", 81)
    subject = titles[0].split("：", 1)[1]
    assert subject == "辅酶Q10功能性食品"
    assert subject not in titles[1:]


def test_a_phrase_s_rarity_is_its_rarest_word_of_two_characters_or_more() -> None:
    """The one rarity test of zh_most_said, zh_role_title and zh_run_titles (`zh_shared.rarest_word_idf`)."""
    from citebrief.text.idf import background_idf

    values = dict(zip(["量子", "文化"], background_idf().lookup(["量子", "文化"]).tolist(), strict=True))
    assert rarest_word_idf(("量子", "文化")) == max(values.values())
    assert rarest_word_idf(("文化", "的")) == values["文化"]  # a character alone weighs nothing
    assert rarest_word_idf(("的",)) == 0.0 and rarest_word_idf(()) == 0.0
