"""A Chinese news theme group's first bullet from the lead passage, far above the group's own run,
goes up to the overview where it shares as many words with the overview as with the group and
the group's title phrase is still said by two of its bullets, or the bullets left share a thing the
overview does not say (engines/zh_lead_strays.py, called
from engines/final_groups.py), read on zh-news articles."""

from __future__ import annotations

import pytest

from citebrief.engines.scored import overview_placed
from citebrief.engines.zh_lead_strays import _own_thing, leans_on_before
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from conftest import group_opening, shared_article, shared_groups


def _groups(index: int) -> list[list[str]]:
    return shared_groups("zh-news.jsonl", index)


def test_the_fathers_words_go_up_where_the_group_left_shares_a_thing_of_its_own() -> None:
    # "周俊的生父说，……" answers the reunion; the two bullets left both name the lime works
    # (石灰厂), which no overview point says — a list item and a place in them, so the group is
    # titled by the act both say (s90k, `text/zh_placed_title.py`), not by the works
    brief = draft(document_from_text(shared_article("zh-news.jsonl", 140), origin="x", kind="text"))
    groups = [[point.text for point in group.points] for group in brief.groups]
    assert any(text.startswith("周俊的生父说") for text in groups[0]), groups
    trafficking = next(g for g in brief.groups if g.points[0].text.startswith("最终查明，在1996年至2002年期间"))
    assert len(trafficking.points) == 2 and trafficking.title == "孩子被拐走", trafficking


@pytest.mark.parametrize(
    ("rest", "shared"),
    [
        (["他们在多处石灰厂落脚。", "嫌疑人窜至一家石灰厂作案。"], True),  # 石灰: the group's own
        (["基金会已资助学生圆梦大学。", "她是受助学生之一。"], False),  # 学生: the overview's too
        (["基金会已资助学生圆梦大学。", "石灰厂今年停产。"], False),  # nothing both say
    ],
)
def test_a_thing_of_the_groups_own(rest: list[str], shared: bool) -> None:
    texts = ["现场为53名家庭困难学生发放助学金。", *rest]
    assert _own_thing(texts, [1, 2], [0]) is shared


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
    assert overview_placed([0, 1, 9], 3) == [0, 1, 3, 9]
    assert overview_placed([5, 0, 9], 3) == [5, 0, 3, 9]  # after the last point before it, the order kept
    assert overview_placed([5, 9], 3) == [3, 5, 9]


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
