"""zh_weather_titles: a weather or disaster item's group titled by one bullet's detail takes the
weather term most of its bullets say, or the storm all of them name; other items, titles two
bullets say and terms the brief's titles hold stay as they are."""

from __future__ import annotations

import pytest
from tests.conftest import shared_article, shared_group_titles

from citebrief.text.zh_title_vague import vague_words
from citebrief.text.zh_weather_titles import is_weather_item, weather_terms, weather_titles

_WEATHER = ["中央气象台发布暴雨蓝色预警。", "受台风影响，多地有暴雨，局地大暴雨，降雨量达100毫米。", "洪水预警。"]
_FORECASTS = [
    "预计未来三天多云到晴，部分地区有37℃以上的高温天气。",
    "15日白天到夜间，各地多云到晴，气温19℃至38℃；中心城区气温29℃至37℃。",
    "16日白天到夜间，各地多云到晴，气温20℃至39℃。",
]


def test_a_weather_item_is_told_by_its_words() -> None:
    assert is_weather_item(_WEATHER)
    assert not is_weather_item(["市政府召开常务会议。", "会议研究了营商环境。"])


def test_the_table_reads_terms_with_their_aspect() -> None:
    rows = weather_terms()
    assert ("气温", "forecast") in rows and ("应急响应", "response") in rows
    assert all(aspect in {"forecast", "response", "measures", "damage", "rescue"} for _, aspect in rows)
    assert "转移" not in {term for term, _ in rows}  # a bare verb at a sentence's tail names nothing
    assert not {term for term, _ in rows} & set(vague_words())  # "受灾": readers marked it vague (zh-news 145)


def test_forecasts_are_titled_by_the_term_most_say() -> None:
    titles = weather_titles(["暴雨", "中心城区"], [None, (_FORECASTS, _FORECASTS)], _WEATHER + _FORECASTS, set())
    assert titles == ["暴雨", "气温"]


def test_a_title_two_bullets_say_stays() -> None:
    titles = weather_titles(["多云到晴"], [(_FORECASTS, _FORECASTS)], _WEATHER + _FORECASTS, set())
    assert titles == ["多云到晴"]


def test_an_item_without_weather_keeps_its_titles() -> None:
    texts = ["市里气温适宜。", *_FORECASTS]
    assert weather_titles(["中心城区"], [(_FORECASTS, _FORECASTS)], texts[:1], set()) == ["中心城区"]


def test_a_term_the_overview_holds_is_no_title() -> None:
    titles = weather_titles(["中心城区"], [(_FORECASTS, _FORECASTS)], _WEATHER + _FORECASTS, {"最高气温"})
    assert titles == ["中心城区"]


def test_a_forecast_term_of_the_measures_taken_is_no_title() -> None:
    measures = ["各地对做好强降雨防范应对工作做出安排部署。", "工作组对强降雨区域责任人进行电话抽查。"]
    titles = weather_titles(["灾害信息员"], [(measures, measures)], _WEATHER + measures, set())
    assert titles == ["灾害信息员"]


def test_a_term_readers_marked_vague_is_no_title() -> None:
    """zh-news 145: "受灾" over a county's house checks and the work groups sent to flooded
    villages; s43's blind readers marked the bare word as naming no group."""
    checks = [
        "当地对受灾严重的乡镇开展全面汛后隐患排查。",
        "针对房屋受损情况，当地开展安全应急评估工作，共计排查房屋237户。",
        "牡丹江市和海林市组建了38个帮扶工作组，深入受灾村屯，全面开展灾情核查和灾后重建工作。",
    ]
    titles = weather_titles(["排查房屋"], [(checks, checks)], _WEATHER + checks, set())
    assert titles == ["排查房屋"]
    assert "受灾" not in shared_group_titles("zh-news.jsonl", 145)


def test_a_storm_all_bullets_name_titles_them() -> None:
    storm = [
        "今年第7号台风“兰恩”(LAN)今晨中心附近最大风力有11级。",
        "预计，“兰恩”将以每小时5-10公里的速度向西北方向移动。",
    ]
    titles = weather_titles(["风圈半径"], [(storm, storm)], _WEATHER + storm, set())
    assert titles == ["台风“兰恩”"]
    assert weather_titles(["风圈半径"], [(storm, storm)], _WEATHER + storm, {"台风“兰恩”"}) == ["风圈半径"]


@pytest.mark.parametrize(
    ("index", "old", "new"),
    [
        pytest.param(35, "中心城区", "气温", id="three-days-forecast"),
        pytest.param(123, "风圈半径", "台风“兰恩”：强度逐渐加强", id="second-storm"),  # what it does: zh_name_deed
        pytest.param(145, "解除防汛", "安置", id="relief-camps"),
        pytest.param(22, "分洪重要设施", "洪水橙色预警", id="flood-warning"),
        pytest.param(82, "施工工地", "防台风应急响应", id="typhoon-response"),
        pytest.param(179, "灾害信息员", "防汛应急响应", id="local-response"),
    ],
)
def test_zh_news_weather_groups(index: int, old: str, new: str) -> None:
    assert is_weather_item(shared_article("zh-news.jsonl", index).split("\n"))
    titles = shared_group_titles("zh-news.jsonl", index)
    assert new in titles[1:]
    assert old not in titles


def test_a_heavy_rain_group_of_measures_keeps_its_title() -> None:
    titles = shared_group_titles("zh-news.jsonl", 179)  # Sichuan's rain: the local measures group
    assert "强降雨" not in titles[1:]
    assert "塌方断道" in titles  # 断道 all three say sits inside it


_RESPONSE = ["福建各设区市全部启动防台风应急响应，其中厦门提升为Ⅰ级。", "渔排上人员已全部撤离上岸。"]


def test_a_group_reporting_a_response_is_titled_by_it() -> None:
    texts = [*_WEATHER, *_RESPONSE]
    assert weather_titles(["施工工地"], [(_RESPONSE, _RESPONSE)], texts, set()) == ["防台风应急响应"]


def test_the_openings_response_is_the_overviews() -> None:
    texts = ["国家防总针对福建启动防台风应急响应。", *_WEATHER, *_RESPONSE]
    assert weather_titles(["施工工地"], [(_RESPONSE, _RESPONSE)], texts, set()) == ["施工工地"]


def test_the_overviews_response_stays_its_own() -> None:
    titles = shared_group_titles("zh-news.jsonl", 85)  # the national response the lead reports
    assert "防汛防台风四级应急响应" in titles[0]
    assert "防汛防台风四级应急响应" not in titles[1:]
