"""A desk's story near a theme of that desk joins it (digest_desk_join), on days of shared zh-news items."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.digest_desk_join import desk_of
from citebrief.digest_themes import day_themes
from citebrief.ingest import document_from_text

NEWS = Path("/work/shared/data/zh-news.jsonl")


def _day(indexes: list[int]) -> list[str]:
    """The document texts of zh-news records, in the order given (as bench/digest_blind briefs a day)."""
    lines = NEWS.read_text(encoding="utf-8").splitlines()
    return [
        document_from_text(str(json.loads(lines[i])["article"]), origin=f"zh-news-{i}", kind="text").text
        for i in indexes
    ]


def test_the_desk_is_the_one_most_members_are_on() -> None:
    desks = ["天气与灾害", "天气与灾害", "交通运输", None]
    assert desk_of([0, 1, 2], desks) == "天气与灾害"
    assert desk_of([1, 2], desks) is None  # one each: no desk
    assert desk_of([0, 3], desks) is None  # one of two is on it: not more than half


def test_a_forest_fire_warning_joins_the_typhoon_under_the_desk() -> None:
    """A day had 台风杜苏芮 (two typhoon reports) beside 天气、灾害与生态 (a forest-fire warning and
    a lone ecology story that joined it): one weather desk in two themes. The fire warning now
    joins the typhoon's theme, titled by the desk that names both; the ecology story leaves."""
    indexes = [7, 11, 21, 32, 35, 49, 53, 63, 94, 96, 99, 102, 116, 117, 124, 129, 164, 180]
    themes = day_themes(_day(indexes), "zh")
    fire, typhoon, qinling = (indexes.index(i) for i in (35, 116, 53))
    weather = next(theme for theme in themes if typhoon in theme.members)
    assert fire in weather.members and weather.title == "天气与灾害", weather
    assert qinling not in weather.members
    assert not any("天气" in theme.title for theme in themes if theme is not weather)


def test_the_power_restored_after_the_floods_joins_them_and_keeps_their_title() -> None:
    """Beijing's power back after the floods was left among the other stories, beside 暴雨洪涝; it
    reports no other kind of event, so it joins the theme under its title."""
    indexes = [9, 24, 34, 55, 66, 77, 89, 93, 98, 107, 111, 113, 126, 129, 136, 146, 147, 160, 172, 186, 199]
    themes = day_themes(_day(indexes), "zh")
    power, flood = indexes.index(89), indexes.index(172)
    floods = next(theme for theme in themes if flood in theme.members)
    assert power in floods.members and floods.title == "暴雨洪涝", floods


def test_a_social_work_committee_far_from_the_floods_stays_apart() -> None:
    """A committee for disaster social work founded in Beijing is on the weather desk, but far
    from the day's flood reports in words: it is not filed among them (a blind read disliked it)."""
    indexes = [9, 12, 14, 17, 18, 22, 23, 24, 38, 54, 61, 93, 101, 107, 111, 129, 137, 141, 149, 166]
    themes = day_themes(_day(indexes), "zh")
    committee, flood = indexes.index(14), indexes.index(9)
    floods = next(theme for theme in themes if flood in theme.members)
    assert committee not in floods.members


def test_the_days_football_stands_under_one_heading() -> None:
    """A day listed "Premier League" (four reports) beside "Football" (Aston Villa's manager before
    the QPR game, Bayern Munich's win): football under two headings. The football stories left
    are all near the theme, so all join it, titled by the sport."""
    indexes = [7, 26, 41, 54, 59, 68, 71, 72, 83, 86, 104, 138, 145, 146, 149, 155, 162, 167, 171, 174, 178]
    indexes += [182, 185, 190]
    lines = Path("/work/shared/data/en-cnndm.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [
        document_from_text(str(json.loads(lines[i])["article"]), origin=f"en-cnndm-{i}", kind="text").text
        for i in indexes
    ]
    themes = day_themes(texts, "en")
    villa, bayern = indexes.index(41), indexes.index(178)
    football = [theme for theme in themes if theme.title == "Football"]
    assert len(football) == 1 and {villa, bayern} <= set(football[0].members), themes
    assert not any(theme.title in ("Premier League", "European football") for theme in themes)
