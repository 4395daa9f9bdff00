"""A day's flood reports and the rest of its weather and disaster stories under one heading
(digest_kind_sections), and the lone stories the sections now place (digest_sections), on real
zh-news and en-cnndm articles read from the shared data at test time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citebrief.digest_kind_sections import gather_by_kind
from citebrief.digest_sections import Theme, section_themes

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
if not DATA.exists():
    DATA = Path("/work/shared/data")


def _articles(name: str, *indexes: int) -> list[str]:
    path = DATA / f"{name}.jsonl"
    if not path.exists():
        pytest.skip(f"no shared data {path}")
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(lines[i])["article"] for i in indexes]


def test_the_weather_bulletins_join_the_flood_reports_under_the_section() -> None:
    """Zhuozhou's flooded school and Beijing's record rain make a 暴雨洪涝 theme; Chongqing's
    forest-fire warning and the weather office's bulletin were listed apart as 天气与灾害. One
    heading now holds the four, titled by the section (the fire warning reports no flood); the
    stock market's day stays where it was."""
    texts = _articles("zh-news", 9, 95, 35, 60, 110)
    made, left = gather_by_kind([Theme("暴雨洪涝", [0, 1])], [2, 3, 4], texts, "zh")
    assert [(t.title, t.members) for t in made] == [("天气与灾害", [0, 1, 2, 3])]
    assert left == [4]


def test_a_theme_not_named_by_a_kind_of_event_takes_no_stories() -> None:
    """A theme named by one event (台风杜苏芮) is that event's, not the day's weather page."""
    texts = _articles("zh-news", 9, 95, 35, 60)
    themes = [Theme("台风杜苏芮", [0, 1])]
    assert gather_by_kind(themes, [2, 3], texts, "zh") == (themes, [2, 3])


def test_a_report_of_the_kind_keeps_the_kinds_title() -> None:
    """A village cut off by heavy rain (兴山) joins Beijing's and Xi'an's rain reports under
    暴雨洪涝, its lead reporting the rain too; a flooded orchard (farm news first, the disaster
    said half as much) joins them as well, and with Beijing's power restored after the floods,
    whose leads report no rain, the section names them all."""
    texts = _articles("zh-news", 95, 68, 45, 89, 61)
    village, _ = gather_by_kind([Theme("暴雨洪涝", [0, 1])], [2], texts, "zh")
    assert [(t.title, t.members) for t in village] == [("暴雨洪涝", [0, 1, 2])]
    made, left = gather_by_kind([Theme("暴雨洪涝", [0, 1])], [3, 4], texts, "zh")
    assert [(t.title, t.members) for t in made] == [("天气与灾害", [0, 1, 3, 4])]
    assert left == []


def test_a_congress_hearing_the_ecology_report_joins_the_ecology_stories() -> None:
    """Guangdong's provincial congress hears the ecosystem report: its opening says politics and
    the economy in two words each, its whole text ecology most; beside Xi'an's courts guarding the
    Qinling and Gansu's Yellow River law it is the day's ecology news, not an "other story"."""
    texts = _articles("zh-news", 53, 126, 160)
    made = section_themes([0, 1, 2], texts, "zh")
    assert [(t.title, t.members) for t in made] == [("生态环境", [0, 1, 2])]


def test_a_singer_in_hospital_does_not_meet_a_study_of_bees() -> None:
    """B.B. King's hospital stay (arts first, health as much) and the honeybee-brain drones (health):
    a blind read marked "B.B. King with bee-brain drones" under Health and science down."""
    texts = _articles("en-cnndm", 16, 185)
    assert section_themes([0, 1], texts, "en") == []
