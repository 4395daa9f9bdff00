"""A Chinese news theme group's first bullet from the lead passage, far above the group's own run,
goes up to the overview where it shares as many words with the overview as with the group and
the group's title phrase is still said by two of its bullets (engines/zh_lead_strays.py, called
from engines/final_groups.py), read on zh-news articles."""

from __future__ import annotations

import pytest

from citebrief.engines.zh_lead_strays import _placed, leans_on_before
from conftest import group_opening, shared_groups


def _groups(index: int) -> list[list[str]]:
    return shared_groups("zh-news.jsonl", index)


def test_the_fathers_words_stay_where_they_give_the_trafficking_group_its_name() -> None:
    # "周俊的生父说，……" and "……儿子周俊拐走" are the two bullets saying 周俊: moved up, the group's
    # title would fall to one bullet's "石灰" (read worse in s40s's blind read)
    groups = _groups(140)
    assert not any(text.startswith("周俊的生父说") for text in groups[0]), groups
    trafficking = group_opening(groups, "最终查明，在1996年至2002年期间")
    assert any(text.startswith("周俊的生父说") for text in trafficking), groups


def test_the_signing_stays_where_it_is_one_of_two_bullets_saying_the_groups_title() -> None:
    # "……与受助学生代表签订助学协议" and易泓利's "……53名受助学生之一" both say 受助学生; moved up,
    # the group would be titled by one bullet's "圆梦大学"
    groups = _groups(174)
    signing = group_opening(groups, "发放仪式上，思源基金会副理事长")
    assert signing is not groups[0], groups
    assert any("受助学生之一" in text for text in signing), groups


def test_a_lead_sentence_that_never_says_the_groups_phrase_still_goes_up() -> None:
    # "借助旅游景区独有的优势，……村民吃上旅游饭" opened the group "经营户" its two other bullets say
    groups = _groups(52)
    assert any(text.startswith("借助旅游景区独有的优势") for text in groups[0]), groups
    assert len(groups[0]) <= 4, groups


def test_the_number_of_departments_publishing_joins_the_overview() -> None:
    groups = _groups(59)
    assert any(text.startswith("财政部相关负责人表示，今年预计有102个") for text in groups[0]), groups
    assert len(groups[0]) <= 4, groups


def test_a_time_peg_that_shares_words_with_its_group_stays() -> None:
    # "17日，距离开学只剩3天的时间" says 开学 as its group does and nothing the overview says
    groups = _groups(44)
    assert not any(text.startswith("17日，距离开学") for text in groups[0]), groups


def test_an_opening_quotation_stays_out_of_the_overview() -> None:
    # "“近年来，西安市的秦岭保护工作稳步前行……”" would open the overview with no speaker
    groups = _groups(53)
    assert not any(text.startswith("“近年来，西安市") for text in groups[0]), groups


def test_the_point_takes_its_place_in_the_article_order() -> None:
    assert _placed([0, 1, 9], 3) == [0, 1, 3, 9]
    assert _placed([5, 0, 9], 3) == [5, 0, 3, 9]  # after the last point before it, the order kept
    assert _placed([5, 9], 3) == [3, 5, 9]


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("他还表示，将继续推进。", True),  # a pronoun
        ("对此，市里出台了新规。", True),  # a back-reference
        ("但同时，问题依然存在。", True),  # a turn: zh_turn_openers.tsv, as the overview reads it
        ("可是，雨一直没有停。", True),
        ("市里出台了新规。", False),
    ],
)
def test_what_leans_on_the_sentence_before(text: str, leans: bool) -> None:
    assert leans_on_before(text) is leans
