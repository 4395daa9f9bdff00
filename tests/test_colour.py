"""Colour (scene, mood, an exclamation) is read from a sentence alone, and a Chinese colour
bullet gives way to a figure near it (`text/colour.py`, its hook in `engines/zh_hollow_swaps.py`)."""

from __future__ import annotations

import pytest

from citebrief.engines.zh_hollow_swaps import hollow
from citebrief.text.colour import is_colour
from conftest import zh_news_brief


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("在空旷的停机坪内，闷热如“蒸笼”，肉眼可见的热浪在地平线上滚滚袭来。", "zh"),
        ("伴随着耳边巨大的轰鸣声，一架架航班平稳降落在跑道上。", "zh"),
        ("湖面波光粼粼，游船缓缓驶过。", "zh"),
        ("'We all said, 'Look, he's flying!'", "en"),
        ("The picturesque harbour was bathed in evening light.", "en"),
    ],
)
def test_colour(text: str, lang: str) -> None:
    assert is_colour(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("保障一架飞机至少需要40分钟至1个小时，在60°C的机坪上工作10分钟左右就已汗流浃背。", "zh"),  # a figure
        ("他回忆说，那天的海面波光粼粼，谁也没想到会出事。", "zh"),  # reported speech
        ("每当一架短停航班靠港，都由“飞机拜拜员”进行保障。", "zh"),  # a fact, no scene
        ("The family have offered a $5m reward for information!", "en"),  # a figure
        ("Police said the picturesque village was evacuated.", "en"),  # speech, an outcome
        ("RBS was forced to put aside money to cover lawsuits and fines.", "en"),
        ("Summer Robertson died after being overpowered by fierce currents off a picturesque beach", "en"),  # a deed
    ],
)
def test_not_colour(text: str, lang: str) -> None:
    assert not is_colour(text, lang)


def test_colour_bullet_is_hollow_outside_the_overview() -> None:
    scene = "伴随着耳边巨大的轰鸣声，一架架航班平稳降落在跑道上。"
    assert hollow(scene)
    assert not hollow(scene, lead=True)  # a feature's opening scene stays in the overview


def test_airport_brief_has_no_group_of_scene_alone() -> None:
    """zh-news L684: a group of two scene lines ("热浪……滚滚袭来", "一架架航班平稳降落") gave the
    reader nothing; the veteran's 41 years and the two-person crew near them are the news."""
    brief = zh_news_brief("_L684")
    bullets = [point.text for group in brief.groups for point in group.points]
    assert not any("热浪" in text for text in bullets)
    assert any("41年" in text for text in bullets)
    for group in brief.groups:
        assert not all(is_colour(point.text, "zh") for point in group.points)
