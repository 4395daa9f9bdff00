"""zh_weather_kinds: a weather item's edge bullet of another kind than its group goes to the
neighbour that tells its kind, a first theme of two kinds is parted; other items, groups that
would be left with one bullet and full neighbours stay as they are."""

from __future__ import annotations

import pytest
from tests.conftest import zh_news_brief

from citebrief.engines.scored import Draft
from citebrief.engines.zh_weather_kinds import MAX_OVERVIEW, bullet_kind, group_kind, kind_words, kinds_sorted

_RAIN = [
    "中央气象台发布暴雨蓝色预警，未来三天多地有大雨。",
    "局地有暴雨，最大小时降雨量30～50毫米。",
    "江南、华南等地多分散性强降水，局地有暴雨。",
]
_WIND = [
    "14日，部分地区有大雨，上述部分地区将有分散性暴雨(50～70毫米)。",
    "新疆沿天山地区部分地区有4～6级风。",
    "内蒙古中西部部分地区有4～6级风，阵风7级。",
]


def _groups(*sizes: int) -> list[Draft]:
    """Drafts over consecutive sentences, the overview first."""
    drafts, start = [], 0
    for k, size in enumerate(sizes):
        drafts.append(Draft(None if k == 0 else k, list(range(start, start + size))))
        start += size
    return drafts


def test_a_bullet_is_of_the_kind_most_of_its_words_are() -> None:
    assert bullet_kind("局地有大雨或暴雨，降雨量50毫米。") == "rain"
    assert bullet_kind("部分地区有4～6级风，阵风7级。") == "wind"
    assert bullet_kind("江苏最高气温将达到35℃以上。") == "heat"
    assert bullet_kind("本轮气温攀升叠加湿度“狂飙”。") == ""  # two kinds as often: none
    assert bullet_kind("市政府召开常务会议。") == ""


def test_the_table_reads_words_with_their_kind() -> None:
    kinds = {kind for _, kind in kind_words()}
    assert kinds == {"rain", "wind", "heat", "humidity", "sea", "storm", "response", "measures", "damage", "rescue"}
    assert ("救援", "measures") in kind_words()  # the forces sent, not the search (搜救)


def test_a_rain_bullet_at_the_winds_edge_joins_the_rain() -> None:
    drafts = kinds_sorted(_groups(3, 3), _RAIN + _WIND, weather=True)
    assert [d.picked for d in drafts] == [[0, 1, 2, 3], [4, 5]]


def test_no_flag_or_no_weather_item_leaves_the_groups() -> None:
    assert [d.picked for d in kinds_sorted(_groups(3, 3), _RAIN + _WIND, weather=False)] == [[0, 1, 2], [3, 4, 5]]
    plain = ["会议研究了营商环境。"] * 3 + ["部分地区有大雨。", "有4～6级风。", "有6～7级风。"]
    assert [d.picked for d in kinds_sorted(_groups(3, 3), plain, weather=True)] == [[0, 1, 2], [3, 4, 5]]


def test_a_group_of_two_and_a_full_overview_keep_their_bullets() -> None:
    texts = _RAIN + _WIND[:2] + ["有6～7级风。"]
    assert [d.picked for d in kinds_sorted(_groups(3, 2), _RAIN + _WIND[:2], weather=True)] == [[0, 1, 2], [3, 4]]
    full = ["局地有暴雨，降雨量60毫米。", *texts]
    drafts = kinds_sorted(_groups(MAX_OVERVIEW, 3), full, weather=True)
    assert [d.picked for d in drafts] == [[0, 1, 2, 3], [4, 5, 6]]


def test_a_bullet_its_group_shares_the_kind_of_stays() -> None:
    texts = [*_RAIN, "局地有大雨。", "部分地区有暴雨，降雨量70毫米。", "有4～6级风。"]
    assert [d.picked for d in kinds_sorted(_groups(3, 3), texts, weather=True)] == [[0, 1, 2], [3, 4, 5]]


def test_the_last_themes_closing_forecast_joins_the_overview_that_tells_it() -> None:
    # the item closes on a rain forecast after a scene and a word that tell no weather: no neighbour
    # after it, so it joins the overview on the rain; with a weather word beside it, or no room, it stays
    scene = ["市领导来到城南一座闸站查看情况。", "闸站负责人说，目前一切正常。"]
    closing = "预计明天白天全市大部分地区有大雨，局地暴雨。"
    texts = [*_RAIN[:2], *_WIND[1:], *scene, closing]
    assert [d.picked for d in kinds_sorted(_groups(2, 2, 3), texts, weather=True)] == [[0, 1, 6], [2, 3], [4, 5]]
    windy = [*_RAIN[:2], *_WIND[1:], scene[0], "闸站附近阵风7级。", closing]
    assert kinds_sorted(_groups(2, 2, 3), windy, weather=True)[0].picked == [0, 1]
    full = [*_RAIN, "局地有暴雨，降雨量60毫米。", *_WIND[1:], *scene, closing]
    assert kinds_sorted(_groups(MAX_OVERVIEW, 2, 3), full, weather=True)[0].picked == [0, 1, 2, 3]


def test_a_first_theme_of_two_kinds_is_parted() -> None:
    texts = [
        *_RAIN[:2],
        "在台风登陆地，狂风与暴雨齐袭，已有多地积水。",
        "台风登陆前，福建严阵以待，全力防范。",
        "全省启动防台风应急响应，渔排人员全部撤离上岸。",
        "全省景区已全部关闭，施工工地已全部停工，转移人员41.68万人。",
    ]
    drafts = kinds_sorted(_groups(2, 2, 2), texts, weather=True)
    assert [d.picked for d in drafts] == [[0, 1, 2], [3, 4, 5]]


def _groups_of(record_id: str) -> list[list[str]]:
    return [[point.text for point in group.points] for group in zh_news_brief(record_id).groups]


@pytest.mark.parametrize(
    ("record_id", "moved", "kind"),
    [
        pytest.param("_L1235", "上述部分地区将有分散性暴雨", "rain", id="rain-forecast-beside-the-wind"),
        pytest.param("_L741", "江苏部分地区12日最高气温", "heat", id="top-temperature-beside-the-humidity"),
    ],
)
def test_zh_news_edge_bullets_join_their_kind(record_id: str, moved: str, kind: str) -> None:
    groups = _groups_of(record_id)
    home = next(group for group in groups if any(moved in b for b in group))
    assert groups.index(home) == 0  # the overview that tells the kind
    assert all(bullet_kind(b) == kind for b in home if moved in b)
    assert not any(bullet_kind(b) == kind for group in groups[1:2] for b in group)


@pytest.mark.parametrize(
    ("record_id", "measure", "coming"),
    [
        pytest.param("_L26", "福建严阵以待", "狂风与暴雨齐袭", id="typhoon-landfall"),
        # (zh-news L965's "要最高标准……加强回港船只" is no bullet since s80b: an order from no one,
        # `zh_modal_leans`; test_zh_pair_follows reads where its consultation's lines went)
    ],
)
def test_zh_news_first_theme_of_two_kinds_is_parted(record_id: str, measure: str, coming: str) -> None:
    groups = _groups_of(record_id)
    assert any(coming in b for b in groups[0])  # what is coming or came: the overview
    home = next(group for group in groups if any(measure in b for b in group))
    assert groups.index(home) == 1 and len(home) >= 4  # the measures together


def test_a_theme_of_two_runs_of_two_kinds_is_split() -> None:
    texts = [
        *_RAIN,
        "台风中心26日8时位于巴士海峡海面上。",
        "预计台风将向西北方向移动，28日在福建沿海登陆。",
        "预计南海东北部将出现7米到10米的狂浪到狂涛区，台湾海峡将出现巨浪。",
        "风暴潮方面，预计福建沿海将出现30厘米到100厘米的风暴增水。",
    ]
    drafts = kinds_sorted(_groups(3, 4), texts, weather=True)
    assert [d.picked for d in drafts] == [[0, 1, 2], [3, 4], [5, 6]]
    assert drafts[1].theme == drafts[2].theme == 1
    mixed = [*texts[:5], texts[3], texts[6]]  # position, track, position again, surge: no two runs
    assert [d.picked for d in kinds_sorted(_groups(3, 4), mixed, weather=True)] == [[0, 1, 2], [3, 4, 5, 6]]


def test_zh_news_storm_track_and_sea_are_two_groups() -> None:
    groups = _groups_of("_L1181")  # the typhoon's position and track, then the waves and the sea warnings
    track = next(group for group in groups if any("向西北方向移动" in b for b in group))
    sea = next(group for group in groups if any("狂浪" in b for b in group))  # the surge gave way (below)
    assert track is not sea
    assert {bullet_kind(b) for b in track} == {"storm"} and group_kind([bullet_kind(b) for b in sea]) == "sea"
    # the sea warnings and the marine Ⅳ级 response (`zh_decision_points`) join the waves, not the track
    assert any("橙色警报" in b for b in sea) and any("应急响应" in b for b in sea)
