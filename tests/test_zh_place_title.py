"""A Chinese news group titled by a place alone ("彭阳", "门头沟": the county or district the
whole story is set in) is titled by its next phrase, what happened there (`zh_place_title`)."""

from __future__ import annotations

from citebrief.text.zh_place_title import place_alone
from conftest import shared_group_titles

TEXTS = [
    "彭阳县自然资源局项目办主任表示，隔坡反坡水平沟抗旱集雨造林技术，就是探索出的彭阳路子。",
    "截至8月6日20时，北京房山区供电受到影响的16个居民小区已全部恢复供电。",
    "当地建成自然保护区和居民区，修复了历史城区。",
]


def test_a_short_name_the_text_says_with_its_unit_is_a_place_alone() -> None:
    assert place_alone("彭阳", TEXTS)
    assert place_alone("北京房山", TEXTS)  # a city before the district


def test_a_province_city_and_county_is_a_place_alone_without_its_unit() -> None:
    assert place_alone("江苏扬州仪征", [])  # 仪征 is tagged a plain noun, never written 仪征市 here
    assert not place_alone("扬州仪征", [])  # a city and a word: no dateline's three levels
    assert not place_alone("江苏扬州工业园区", [])  # a province, a city and a thing longer than a name


def test_a_thing_said_with_a_unit_is_no_place() -> None:
    assert not place_alone("保护", TEXTS)  # 保护区 is a reserve, no place's name
    assert not place_alone("居民", TEXTS)
    assert not place_alone("梯田", TEXTS)  # never said with a unit
    assert not place_alone("抗旱集雨造林技术", TEXTS)


def test_a_news_group_is_titled_past_the_place_its_story_is_set_in() -> None:
    titles = shared_group_titles("zh-news.jsonl", 185)
    assert "彭阳" not in titles
    # what the group is about, past where it happened ("抗旱集雨造林技术"; "抗旱集雨" since its forest-cover
    # figure joined the group, zh_arc_figures)
    assert any(title.startswith("抗旱集雨") for title in titles), titles
    titles = shared_group_titles("zh-news.jsonl", 80)  # 北京房山, then 门头沟: each a place
    assert not {"北京房山", "门头沟"} & set(titles)


def test_a_dateline_county_title_gives_way_to_what_its_bullets_share() -> None:
    titles = shared_group_titles("zh-news.jsonl", 51)  # three bullets on the civilisation-practice centres
    assert "仪征" not in titles and "江苏扬州仪征" not in titles
    assert "文明实践中心" in titles, titles
