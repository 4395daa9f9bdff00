"""A phrase next to a list mark is one item of a list, or a clause ending on one
(`text/zh_list_items.list_item`); a pair title takes neither as its second part."""

from __future__ import annotations

from citebrief.text.zh_list_items import list_item

STATIONS = "受此影响，北京站、北京西站、北京南站、北京丰台站等多趟列车晚点或停运。"


def test_an_item_on_either_side_of_a_list_mark() -> None:
    assert list_item("北京站", STATIONS)  # the first: right before a mark
    assert list_item("北京南站", STATIONS)  # a later one: right after a mark
    assert list_item("领先京津冀", "生态保护红线领先京津冀、长三角等重要城市群。")


def test_a_phrase_away_from_list_marks_is_no_item() -> None:
    assert not list_item("多趟列车", STATIONS)
    assert not list_item("户外音乐季", "当地还将举办户外音乐季，邀请市民参加。")
    assert not list_item("供水设施", STATIONS)  # not said at all


def test_a_phrase_within_a_later_item() -> None:
    assert list_item("免疫性疾病", "可治疗肿瘤、自身免疫性疾病和代谢疾病。")
    assert list_item("发展规划", "编制了城市总体规划、产业发展规划及专项规划。")
    # not within an item 等 closes: often a whole clause, the title beside it no better alone
    assert not list_item("乱收费现象", "揭示了消费券投放管理不规范、一些单位存在乱收费现象等问题。")


def test_the_last_item_after_a_joining_word() -> None:
    assert list_item("代谢疾病", "可治疗肿瘤、自身免疫性疾病和代谢疾病。")
    assert list_item("海外仓", "支持跨境电商、市场采购以及海外仓建设。")


def test_no_list_without_marks_or_across_a_clause() -> None:
    assert not list_item("代谢疾病", "可治疗肿瘤和代谢疾病。")  # no 、 before: two things, no list
    assert not list_item("游客人数", "北京、上海两地，游客人数和收入均有增长。")  # the list ended at the comma
    assert not list_item("游客人数", "北京、上海两地的游客人数增长。")  # nothing ends an item after it
