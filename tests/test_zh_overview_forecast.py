"""A Chinese weather item's overview on its lead's clause, the weather with where it falls
(`zh_overview_forecast.forecast_places`): "新疆青海等地多降水天气", not "降水天气"."""

from __future__ import annotations

from citebrief.text.zh_overview_forecast import forecast_places
from conftest import shared_group_titles

HEADLINE = "据中央气象台网站14日消息，新疆青海等地多降水天气。"


def test_the_forecasts_headline_where_its_weather_is_the_subject() -> None:
    assert forecast_places("降水天气", [HEADLINE], [HEADLINE], set()) == "新疆青海等地多降水天气"
    hot = "立秋节气已过，但暑热难消。10日起，长三角多地冲破35℃高温，重启“烧烤”模式。"
    assert forecast_places("高温", [hot], [hot], set()) == "长三角多地冲破35℃高温"


def test_other_weather_another_opening_or_no_bullet_saying_it_leaves_the_subject() -> None:
    assert forecast_places("大风", [HEADLINE], [HEADLINE], set()) == ""
    dry = "甘肃多地出现重度干旱。"
    assert forecast_places("重度干旱", [dry], [dry], set()) == ""  # no forecast's weather word
    roundup = "过去一天，四川西北部等地部分地区出现中到大雨，四川阿坝局地暴雨。"
    assert forecast_places("暴雨", [roundup], [roundup], set()) == ""
    assert forecast_places("降水天气", [HEADLINE], ["未来三天，江南、华南等地多分散性强降水。"], set()) == ""


def test_a_shared_national_forecast_is_titled_by_its_headline() -> None:
    assert shared_group_titles("zh-news.jsonl", 54)[0] == "核心要点：新疆青海等地多降水天气"
    assert shared_group_titles("zh-news.jsonl", 187)[0] == "核心要点：长三角多地冲破35℃高温"
    assert shared_group_titles("zh-news.jsonl", 60)[0] == "核心要点：暴雨、高温"  # the roundup's weather, its heat too
