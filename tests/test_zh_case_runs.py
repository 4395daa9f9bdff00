"""A Chinese report of parallel cases is read case by case: each case one theme, its intro and
close the overview's."""

from __future__ import annotations

import numpy as np

from citebrief.engines.themes import OVERVIEW_THEME
from citebrief.engines.zh_case_runs import case_labels, case_starts, intro_pool
from conftest import zh_news_brief

REPORT = [
    "8日，山西省自然资源厅公开通报3起违法占地典型问题。",
    "1、临汾市洪洞县山西兆林广胜寺旅游开发有限公司建设项目违法占地问题。",
    "2023年4月底，该公司违法占用6.633亩耕地建设景区门楼。",
    "7月27日，该问题完成拆除复垦。",
    "2、朔州市怀仁市下寨村违法占地问题。",
    "2023年6月7日，村民王某、马某违法占用5.15亩耕地建设大棚墙体。",
    "8月1日，怀仁市自然资源局对建筑物进行了拆除复垦。",
    "通报说，各级自然资源部门要严肃查处违法占地问题。",
]
EVERY = list(range(len(REPORT)))


def test_each_case_from_its_title_to_the_next_is_a_theme_and_the_intro_and_close_the_overviews() -> None:
    labels = case_labels(REPORT, EVERY)
    assert labels is not None
    assert labels.tolist() == [OVERVIEW_THEME, 0, 0, 0, 1, 1, 1, OVERVIEW_THEME]


def test_the_overview_is_drawn_from_the_intro_and_the_close_not_from_a_case() -> None:
    assert intro_pool(REPORT, EVERY, [0, 2, 3]) == [0, 7]
    assert intro_pool(REPORT, EVERY, [2, 3]) == [0, 7]  # the lead run less its intro: the intro still


def test_a_case_of_one_line_left_for_bullets_makes_no_report_of_cases() -> None:
    assert case_starts(REPORT, [0, 2, 3, 5]) == []
    assert intro_pool(REPORT, [0, 2, 3, 5], [0, 2]) == [0, 2]


def test_an_article_with_one_case_title_or_none_before_its_intro_is_read_in_runs() -> None:
    assert case_labels(REPORT[:4], EVERY[:4]) is None  # one case
    assert case_labels(REPORT[1:], EVERY[:-1]) is None  # no intro before the first title
    spare = np.ones(len(REPORT), dtype=bool)
    assert case_labels(["今年以来，全市经济运行平稳。", *REPORT[2:4]], np.flatnonzero(spare[:3]).tolist()) is None


def test_three_land_cases_are_three_groups_none_split_into_the_overview() -> None:
    """zh-news _L688: case 1's seizure and its punishment went to the overview and a group of
    their own before."""
    brief = zh_news_brief("_L688")
    overview, *cases = brief.groups
    assert len(cases) == 3
    assert [p.text for p in overview.points] == ["8日，山西省自然资源厅公开通报3起违法占地典型问题。"]
    assert all("广胜" in p.text or "责任人" in p.text for p in cases[0].points)
    assert any("怀仁市" in p.text for p in cases[1].points)
    assert any("长子" in p.text for p in cases[2].points)
