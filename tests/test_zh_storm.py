"""A Chinese weather story whose lead opens on a named storm is about that storm
(`zh_storm.storm_subject`), not a phrase of one warning nor another storm it is compared with."""

from __future__ import annotations

import pytest

from citebrief.text.zh_storm import storm_subject
from conftest import shared_group_titles

OPENING = [
    "28日9时55分，今年第5号台风“杜苏芮”在福建晋江沿海登陆，登陆时中心附近最大风力15级。",
    "“杜苏芮”与1980年登陆福建的台风Percy并列为1949年以来登陆福建的第二强台风。",
]
TEXTS = [*OPENING, "预计“杜苏芮”登陆后继续向西北方向移动，强度逐渐减弱。"]


def test_the_storm_the_lead_opens_on_is_the_subject() -> None:
    assert storm_subject("台风Percy", OPENING, TEXTS) == "台风“杜苏芮”"  # another storm
    assert storm_subject("渔业养殖水产设施", OPENING, TEXTS) == "台风“杜苏芮”"  # not in the opening


def test_a_lead_that_opens_on_what_the_storm_brought_is_about_the_storm() -> None:
    opening = [
        "中新网7月27日电 综合台湾媒体报道，受台风“杜苏芮”影响，台湾“灾害应变中心”26日表示，该次台风已酿成1人死亡。"
    ]
    texts = [*opening, "“杜苏芮”造成台铁延误。", "“杜苏芮”致2艘渔船沉没。"]
    assert storm_subject("大雨船体", opening, texts) == "台风“杜苏芮”"


def test_a_subject_the_opening_reports_stays() -> None:
    opening = [OPENING[0], "为防御台风对供电线路的影响，福建三明供电部门启动防台风防汛预案。"]
    assert storm_subject("供电线路", opening, [*opening, *TEXTS[1:]]) == "供电线路"


def test_a_storm_named_once_or_after_a_source_is_no_subject() -> None:
    assert storm_subject("渔业养殖水产设施", OPENING, OPENING[:1]) == "渔业养殖水产设施"
    told = ["记者27日从应急管理部获悉，今年第5号台风“杜苏芮”即将登陆，国家防总决定提升应急响应。", OPENING[1]]
    assert storm_subject("应急救援", told, [*told, *TEXTS]) == "应急救援"
    assert storm_subject("应急救援", [], TEXTS) == "应急救援"


BULLETIN = [
    "中央气象台7月25日18时发布台风橙色预警：今年第5号台风“杜苏芮”（DOKSURI）（超强台风级）的中心"
    "位于我国台湾省鹅銮鼻东南方大约445公里的洋面上，七级风圈半径300-450公里。",
    "预计，“杜苏芮”将以每小时15公里左右的速度向西北方向移动。",
]


def test_a_warning_bulletin_that_opens_on_its_storm_is_about_it() -> None:
    # its figures are the storm's, said in the opening or not; the storm need not be named 3 times
    assert storm_subject("风圈半径", BULLETIN, BULLETIN) == "台风“杜苏芮”"
    assert storm_subject("风圈半径", BULLETIN[:1], BULLETIN[:1]) == "台风“杜苏芮”"
    plain = ["中央气象台7月25日18时发布暴雨蓝色预警：预计浙江东部有大到暴雨。", BULLETIN[1]]
    assert storm_subject("暴雨蓝色预警", plain, plain) == "暴雨蓝色预警"  # no storm after the header


# "超强台风“杜苏芮”正向中国东南沿海步步靠近", "……在福建晋江沿海登陆", "受台风“杜苏芮”影响，……已酿成1人死亡"
# and 116, 中央气象台's bulletin "……发布台风橙色预警：今年第5号台风“杜苏芮”……"
@pytest.mark.parametrize("record", [77, 82, 116, 176])
def test_a_typhoon_story_is_titled_by_its_typhoon(record: int) -> None:
    """zh-news records read in place: before, "渔业养殖水产设施", "台风Percy", "风圈半径" and "大雨船体"."""
    assert shared_group_titles("zh-news.jsonl", record)[0] == "核心要点：台风“杜苏芮”"
