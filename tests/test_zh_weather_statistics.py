"""zh_weather_statistics: a bullet giving a statistic of a weather term ("最高气温", "平均气温",
which the tagger writes as one word) says the term; a term inside another word does not, and a
title that is one statistic of the term gives way to the term in `zh_weather_titles`."""

from __future__ import annotations

import pytest

from citebrief.text.zh_weather_statistics import one_statistic, says_term, statistic_fronts
from citebrief.text.zh_weather_titles import weather_titles
from conftest import shared_group_titles

_HEAT = ["中央气象台发布高温橙色预警。", "多地最高气温达到37℃，高温天气持续。", "高温预警升级，气温居高不下。"]
_CITIES = [
    "10日至12日，甲市将连续3日向35℃高温线发起冲击。",
    "乙市的最高气温自8日起开始三级跳，从34℃一路冲至36℃。",
    "气象学上，连续5天的滑动平均气温降到22℃以下才算是真正到了秋天。",
]


def test_the_table_reads_the_fronts() -> None:
    assert {"最高", "最低", "平均"} <= set(statistic_fronts())


# one case a row of the table, written here: a title that is the statistic, and a bullet giving it
_ROWS = {
    "最高": ("气温", "城区最高气温", "今天城区最高气温36℃。"),
    "最低": ("气温", "夜间最低气温", "今天最低气温18℃。"),
    "平均": ("气温", "滑动平均气温", "连续5天的滑动平均气温降到22℃以下。"),
    "日均": ("气温", "本周日均气温", "本周日均气温不足10℃。"),
    "累计": ("降雨量", "全市累计降雨量", "全市累计降雨量达到120毫米。"),
    "最大": ("风力", "沿海最大风力", "沿海最大风力达到10级。"),
}


def test_every_row_has_a_case_written_here() -> None:
    assert set(_ROWS) == set(statistic_fronts())


@pytest.mark.parametrize(("front", "case"), sorted(_ROWS.items()))
def test_each_row_makes_a_statistic_of_its_term(front: str, case: tuple[str, str, str]) -> None:
    term, title, bullet = case
    assert one_statistic(term, title), front
    assert not one_statistic(term, title.replace(front, "")), front  # the bare term: no statistic of it
    assert says_term(term, bullet), front


def test_a_statistic_says_its_term() -> None:
    assert says_term("气温", "连续5天的滑动平均气温降到22℃以下。")  # the tagger's one word 平均气温
    assert says_term("气温", "今天最低气温18℃。")
    assert says_term("气温", "各地气温19℃至38℃。")
    assert not says_term("气温", "连续5天的滑动平均温度降到22℃以下。")
    assert not says_term("降雨", "局地有强降雨。")  # another word, no statistic of the term


def test_one_statistic_is_told_from_a_thing_that_holds_the_term() -> None:
    assert one_statistic("气温", "滑动平均气温")
    assert not one_statistic("断道", "塌方断道")  # 塌方 beside 断道: the title says more, not less


def test_a_group_of_highs_and_means_is_titled_by_the_term() -> None:
    # without the statistics only the second bullet says 气温, and the title holds it: one bullet's kept
    titles = weather_titles(["滑动平均气温"], [(_CITIES, _CITIES)], _HEAT + _CITIES, {"高温"})
    assert titles == ["气温"]


def test_a_title_holding_the_term_otherwise_stays() -> None:
    slides = ["多处道路塌方断道。", "塌方造成断道3处。"]
    texts = ["暴雨预警。", "暴雨致灾。", "暴雨洪水。", *slides]
    assert weather_titles(["塌方断道"], [(slides, slides)], texts, set()) == ["塌方断道"]


def test_zh_news_heat_wave_group() -> None:
    # zh-news 187: Shanghai's and Hangzhou's highs and the five-day mean that marks autumn
    titles = shared_group_titles("zh-news.jsonl", 187)
    assert "气温" in titles[1:]
    assert "滑动平均气温" not in titles
