"""A Chinese news item's overview is titled by what happens, not the region it happens in:
"核心要点：高温" over a heat wave across the Yangtze delta, not "长三角地区"
(`zh_shared.region_only`, `overview_titles._past_region`)."""

from __future__ import annotations

import pytest

from citebrief.text.zh_shared import region_only
from conftest import zh_news_brief


@pytest.mark.parametrize("phrase", ["长三角地区", "新疆青海", "江苏南京"])
def test_places_alone_are_a_region(phrase: str) -> None:
    assert region_only(phrase)


@pytest.mark.parametrize("phrase", ["珠江口海域", "杭州动物园", "历史城区", "无人菜市", "地区", "怀宁县清河乡"])
def test_a_places_thing_or_a_hometown_is_no_region(phrase: str) -> None:
    assert not region_only(phrase)


@pytest.mark.parametrize(("record_id", "region"), [("_L741", "长三角地区"), ("_L1235", "天山地区")])
def test_the_overview_names_what_happens_there(record_id: str, region: str) -> None:
    brief = zh_news_brief(record_id)
    title = brief.groups[0].title
    assert title.startswith("核心要点：") and region not in title
    assert not region_only(title.removeprefix("核心要点："))
