"""A Chinese news theme group's first bullet from the lead passage, far above the group's own run,
goes up to the overview where it shares as many words with the overview as with the group
(engines/zh_lead_strays.py, called from engines/final_groups.py), read on zh-news articles."""

from __future__ import annotations

from citebrief.engines.zh_lead_strays import _placed
from conftest import group_opening, shared_groups


def _groups(index: int) -> list[list[str]]:
    return shared_groups("zh-news.jsonl", index)


def test_the_fathers_words_join_the_reunion_and_the_brothers_trafficking_stands_alone() -> None:
    # "周俊的生父说，……" opened the group on the 吴氏兄弟's trafficking ([3]) from the lead
    groups = _groups(140)
    assert any(text.startswith("周俊的生父说") for text in groups[0]), groups
    trafficking = group_opening(groups, "最终查明，在1996年至2002年期间")
    assert not any(text.startswith("周俊的生父说") for text in trafficking), groups
    assert len(trafficking) >= 2, groups


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
