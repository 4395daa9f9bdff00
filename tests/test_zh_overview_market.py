"""A Chinese stock-market report's overview on the board or measure its lead reports
(`zh_overview_market.market_measure`): "房地产相关板块", not "房地产市场"; "A股每股盈利", not "A股"."""

from __future__ import annotations

from citebrief.text.zh_overview_market import market_measure
from conftest import shared_group_titles

BOARD = "中国A股26日遭遇调整，主要股指悉数下跌，房地产相关板块却逆势上涨，表现亮眼。"
MEASURE = "该机构认为，一季度为全年A股的每股盈利(EPS)低点，此后盈利增速有望缓步改善。"
SAID = "该机构预测，整体A股每股盈利增长在10%左右。"


def test_the_board_of_the_subjects_sector_the_first_sentence_says_moved() -> None:
    texts = [BOARD, "适应中国房地产市场供求关系发生重大变化的新形势。"]
    assert market_measure("房地产市场", [BOARD], [BOARD], texts, set()) == "房地产相关板块"
    # another sector's board, a board no bullet says, a board already a title: the subject stands
    assert market_measure("医药市场", [BOARD], [BOARD], [*texts, "医药市场"], set()) == ""
    assert market_measure("房地产市场", [BOARD], ["主要股指悉数下跌。"], texts, set()) == ""
    assert market_measure("房地产市场", [BOARD], [BOARD], texts, {"房地产相关板块"}) == ""


def test_the_measure_the_lead_writes_of_the_market_shown_as_the_article_says_it() -> None:
    assert market_measure("A股", [MEASURE], [MEASURE], [MEASURE, SAID], set()) == "A股每股盈利"
    assert market_measure("A股", [MEASURE], [MEASURE], [MEASURE], set()) == ""  # never said whole
    assert market_measure("A股", ["今年上半年，A股表现乏力。"], [SAID], [SAID], set()) == ""  # the lead says no measure


def test_shared_stock_reports_are_titled_by_what_their_lead_reports() -> None:
    assert shared_group_titles("zh-news.jsonl", 110)[0] == "核心要点：房地产相关板块"
    assert shared_group_titles("zh-news.jsonl", 4)[0] == "核心要点：A股每股盈利"
