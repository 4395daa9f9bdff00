"""A sport's words are written once (`text/sections.py`, `_Sport`): those that place a story in the
sport section also name its sport, so a word added to a sport places and names alike; the words that
only name a sport (a club that is a city's name, "friendly") place no story there on their own."""

from __future__ import annotations

import pytest

from citebrief.model import Lang
from citebrief.text.sections import _EN_SPORT_WORDS, _ZH_SPORT_WORDS, SECTIONS, kind_of, section_of


@pytest.mark.parametrize(
    ("text", "sport"),
    [
        ("Mayweather won the heavyweight bout in Las Vegas on Saturday night.", "Boxing"),
        ("The jockey, whose trainer saddled the favourite, won at Cheltenham.", "Horse racing"),
        ("Hamilton won the Grand Prix, his fifth in Formula One, from pole position.", "Motor racing"),
        ("The England flanker was sent to the sin bin in the Six Nations defeat.", "Rugby"),
        ("The Australian took a wicket with his first ball of the cricket season.", "Cricket"),
        ("The grandmaster won the chess tournament in Oslo.", "Chess"),
        ("The striker scored twice as Chelsea won the Premier League title.", "Football"),
    ],
)
def test_a_sports_words_place_the_story_and_name_its_sport(text: str, sport: str) -> None:
    assert section_of(text, "en") == "Sport"
    assert kind_of(text, "Sport", "en") == sport


@pytest.mark.parametrize(
    ("text", "sport"),
    [
        ("第31届世界大学生夏季运动会大运会开幕，马拉松比赛明天举行。", "大运会"),
        ("中超联赛第20轮，球员梅开二度，进球后庆祝。", "足球"),
    ],
)
def test_a_chinese_sports_words_place_the_story_and_name_its_sport(text: str, sport: str) -> None:
    assert section_of(text, "zh") == "体育"
    assert kind_of(text, "体育", "zh") == sport


def test_naming_words_alone_place_no_story_in_sport() -> None:
    text = "Liverpool council and Barcelona's mayor signed a friendly agreement on tourism in Sunderland."
    assert section_of(text, "en") != "Sport"
    assert kind_of(text, "Sport", "en") == "Football"  # they still name the sport of a sport story


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_section_says_every_sports_placing_words(lang: Lang) -> None:
    section = SECTIONS[lang][0]
    kinds = dict(section.kinds)
    for sport in _EN_SPORT_WORDS if lang == "en" else _ZH_SPORT_WORDS:
        assert sport.placing in section.words.pattern, sport.name
        assert sport.placing in kinds[sport.name].pattern, sport.name
