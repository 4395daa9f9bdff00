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
