"""zh_measured_weather: a weather item's group whose bullets all forecast one wind force is titled
by it ("4～6级风"), not by the region one bullet lists ("内蒙古中西部")."""

from __future__ import annotations

from tests.conftest import shared_group_titles

from citebrief.text.zh_measured_weather import measured_weather

_WIND = [
    "新疆沿天山地区和南疆盆地等地部分地区有4～6级风，其中，青海西部部分地区有6～7级风(见图2)。",
    "内蒙古中西部、新疆南疆盆地、甘肃中部、山东半岛等地部分地区有4～6级风(见图3)。",
]


def test_the_wind_every_bullet_forecasts_titles_them() -> None:
    assert measured_weather(_WIND, _WIND, set()) == "4～6级风"


def test_a_force_one_bullet_gives_is_no_title() -> None:
    bullets = [_WIND[0], "甘肃中部等地有小到中雨。"]
    assert measured_weather(bullets, bullets, set()) == ""


def test_a_force_a_title_holds_already_is_no_title() -> None:
    assert measured_weather(_WIND, _WIND, {"4～6级风"}) == ""


def test_one_bullet_names_no_group() -> None:
    assert measured_weather(_WIND[:1], _WIND[:1], set()) == ""


def test_a_force_the_paragraphs_do_not_write_is_no_title() -> None:
    assert measured_weather(_WIND, ["甘肃中部等地有小到中雨。"], set()) == ""


def test_zh_news_wind_forecasts() -> None:
    titles = shared_group_titles("zh-news.jsonl", 54)  # 中央气象台: rain, then the wind by region
    assert "4～6级风" in titles[1:]
    assert "内蒙古中西部" not in titles
