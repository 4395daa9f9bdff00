"""A Chinese weather item's overview titled by one kind of weather, one of its bullets telling
another that no other group tells, names both (`zh_overview_kinds.kinds_titled`):
"核心要点：暴雨" → "核心要点：暴雨、高温"."""

from __future__ import annotations

from citebrief.model import Group, Point
from citebrief.text.zh_overview_kinds import kinds_titled
from conftest import zh_news_brief

# a weather item: its genre's words said five times and more
TEXTS = ["昨日多地出现暴雨。", "预计未来三天降雨持续，局地暴雨。", "高温方面，最高气温可达37℃。", "暴雨预警发布。"]
RAIN = "昨日多地出现暴雨，局地大暴雨（103毫米）。"
HEAT = "高温方面，预计未来10天多高温天气，最高气温可达35~37℃。"
STORMS = ["预计明日将有雷暴大风或冰雹。", "局地有短时强降水，降雨量可达60毫米。"]


def _groups(overview: list[str], theme: list[str], title: str = "核心要点：暴雨") -> list[Group]:
    return [
        Group(title=title, points=[Point(text=t, citations=[1]) for t in overview]),
        Group(title="强对流天气", points=[Point(text=t, citations=[2]) for t in theme]),
    ]


def test_the_overviews_heat_bullet_is_named_beside_its_rain() -> None:
    groups = kinds_titled(_groups([RAIN, HEAT], STORMS), TEXTS)
    assert groups[0].title == "核心要点：暴雨、高温"
    assert [g.title for g in groups[1:]] == ["强对流天气"]


def test_a_heat_a_theme_tells_or_no_second_kind_leaves_the_title() -> None:
    assert kinds_titled(_groups([RAIN, HEAT], [*STORMS, HEAT]), TEXTS)[0].title == "核心要点：暴雨"
    assert kinds_titled(_groups([RAIN, RAIN], STORMS), TEXTS)[0].title == "核心要点：暴雨"


def test_no_weather_item_or_subject_no_weather_word_leaves_the_title() -> None:
    assert kinds_titled(_groups([RAIN, HEAT], STORMS), ["会议召开。"])[0].title == "核心要点：暴雨"
    subject = "核心要点：防汛工作"
    assert kinds_titled(_groups([RAIN, HEAT], STORMS, subject), TEXTS)[0].title == subject


def test_a_word_another_title_holds_is_not_taken() -> None:
    groups = _groups([RAIN, HEAT], STORMS)
    groups[1] = groups[1].model_copy(update={"title": "高温天气"})
    assert kinds_titled(groups, TEXTS)[0].title == "核心要点：暴雨"


def test_the_rain_and_heat_roundup_names_both() -> None:
    """zh-news 60 read in place: the heat bullet under '核心要点：暴雨' read as misfiled."""
    assert zh_news_brief("_L116").groups[0].title == "核心要点：暴雨、高温"
