"""A Chinese news overview point from deep in the story goes to the theme group that tells its
passage where it says clearly more of that group's words (engines/zh_overview_strays.py, called
from engines/final_groups.py), read on zh-news articles."""

from __future__ import annotations

from conftest import group_opening, load_records, shared_groups


def _groups(index: int) -> list[list[str]]:
    return shared_groups("zh-news.jsonl", index)


def test_the_online_mediation_apps_join_the_online_platform() -> None:
    # "……浙江开发运用“浙江解纷码”……等在线调解应用" sat in the overview above the group on the
    # "知识产权·国际商事调解云平台" of the same passage
    groups = _groups(108)
    assert not any("在线调解应用" in text for text in groups[0]), groups
    platform = group_opening(groups, "如“知识产权·国际商事调解云平台”目前正集聚")
    assert any("在线调解应用" in text for text in platform), groups
    assert len(groups[0]) >= 2, groups


def test_the_storm_surge_advice_joins_the_ocean_forecast() -> None:
    # the surge forecast and its advice gave way to the sea warnings and the marine response
    # (`zh_decision_points`): the ocean forecast stays out of the overview, beside the warnings
    groups = _groups(_index("_L1181"))
    forecast = group_opening(groups, "国家海洋预报台预报")
    assert not any("国家海洋预报台" in text for text in groups[0]), groups
    assert any("海浪橙色警报" in text for text in forecast), groups


def test_the_programme_behind_the_venue_stays_in_the_overview() -> None:
    # "据了解，……2022年起共同组织实施……" shares nearly as much with the overview as with the group
    groups = _groups(58)
    assert any(text.startswith("为提升教师科学素养") for text in groups[0]), groups


def test_a_point_that_would_open_its_group_stays() -> None:
    # "为助力农作物抗灾减灾，该乡……" would come first in the crops group and retitle it "乡镇"
    groups = _groups(_index("_L721"))
    assert any(text.startswith("为助力农作物抗灾减灾") for text in groups[0]), groups


def _index(suffix: str) -> int:
    """The zh-news record whose id ends on `suffix`."""
    return next(k for k, r in enumerate(load_records("zh-news.jsonl")) if str(r["id"]).endswith(suffix))
