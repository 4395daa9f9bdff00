"""A Chinese theme title cut inside a term the article keeps together is given whole
(`zh_units.unit_whole`): the word after or before it joins where the article says the two side
by side and the title's word seldom without the other; not a verb a figure follows, not a scope,
not a word a single character goes before, not a word the article often says alone."""

from __future__ import annotations

from citebrief.text.zh_units import unit_whole
from conftest import shared_group_titles

SPORT = [
    "体育彩票支持全民健身，累计筹集公益金。",
    "各地举办全民健身活动，群众广泛参与。",
    "全民健身日当天，场馆免费开放。",
]


def test_a_word_always_said_with_the_next_is_given_whole() -> None:
    assert unit_whole("全民", SPORT[:1], SPORT) == "全民健身"


def test_a_word_always_said_after_another_is_given_whole() -> None:
    texts = ["会议对次生灾害防范工作进一步安排部署。", "各地严防次生灾害发生，确保群众安全。"]
    assert unit_whole("灾害", texts[:1], texts) == "次生灾害"


def test_a_quantity_after_the_title_is_no_part_of_it() -> None:
    """zh-news record 95 read in its one sentence: "乡村民宿|全部|关闭", all the guesthouses closed."""
    closing = ["全市所有景区、乡村民宿全部关闭。"]
    assert unit_whole("乡村民宿", closing, closing) == "乡村民宿"


def test_a_word_often_said_alone_keeps_its_title() -> None:
    texts = ["这场灾害造成损失。", "灾害发生后，各地救援。", "会议对次生灾害防范工作进一步安排部署。", "灾害过后重建。"]
    assert unit_whole("灾害", texts[2:3], texts) == "灾害"


def test_a_verb_a_figure_follows_is_the_news_not_the_name() -> None:
    texts = ["全省贷款余额同比增长8.0%。", "绿色贷款余额同比增长42.5%。"]
    assert unit_whole("贷款余额", texts[:1], texts) == "贷款余额"


def test_no_scope_and_no_piece_of_a_longer_name_is_put_before() -> None:
    names = ["学习习近平新时代中国特色社会主义思想。", "研究习近平新时代中国特色社会主义思想体系。"]
    assert unit_whole("中国特色社会主义思想", names, names) == "中国特色社会主义思想"
    money = ["全省社会融资规模增量为830亿元。", "全省社会融资规模增量同比多增。"]
    assert unit_whole("社会融资规模增量", money[:1], money) == "社会融资规模增量"


def test_a_news_group_title_is_no_cut_term() -> None:
    # zh-news record 159: "对……次生灾害防范工作进一步安排部署"; a group was titled "灾害" (then
    # "次生灾害"; since its overview names the flood, 遭受洪涝灾害, its groups are titled otherwise)
    assert "灾害" not in shared_group_titles("zh-news.jsonl", 159)


def test_a_head_character_split_off_is_given_back() -> None:
    texts = ["共监测广告二百万条次，监测违法率0.36%，同比下降。"]
    assert unit_whole("监测违法", texts, texts) == "监测违法率"
    works = ["向少林寺捐赠《达摩血脉论》六曲屏风。", "《达摩血脉论》是禅宗重要经典。"]
    assert unit_whole("达摩血脉", works, works) == "达摩血脉论"


def test_a_character_that_goes_on_into_another_word_is_not_added() -> None:
    texts = ["监测违法率先下降，随后回升。"]  # 率先: "first", no head of 违法
    assert unit_whole("监测违法", texts, texts) == "监测违法"


def test_a_news_group_title_names_the_whole_work() -> None:
    # zh-news record 24: the group on the donated 《达摩血脉论》 screen was titled "达摩血脉";
    # whole, it shows the work's marks as its bullets write it (`zh_title_whole`)
    assert "《达摩血脉论》" in shared_group_titles("zh-news.jsonl", 24)


def test_a_bare_word_said_once_before_a_verb_ending_a_list_item_is_given_whole() -> None:
    texts = ["量子计算在因子分解、优化、模拟等方面能够加速处理问题。"]
    assert unit_whole("因子", texts, texts) == "因子分解"
    clause = ["各级消防队伍集中驻防，进入待命状态。"]  # a verb its clause goes on from: no term
    assert unit_whole("消防队伍", clause, clause) == "消防队伍"


def test_a_news_group_title_is_no_bare_piece_of_a_term() -> None:
    # zh-news record 16: "在因子分解、优化、模拟等方面"; the group was titled "因子"
    assert "因子分解" in shared_group_titles("zh-news.jsonl", 16)
