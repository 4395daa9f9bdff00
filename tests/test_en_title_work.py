"""An English group title one bullet's detail gives way to the work most of the group's bullets
name (`text/en_title_work.py`): "Looney Tunes", not "Baby Bear"; a body, a source, a person and a
title more bullets say keep the title. Short texts shaped after the shared en-cnndm set, and
three of its articles."""

from __future__ import annotations

from citebrief.text.en_title_work import work_title
from conftest import shared_group_titles

VOICES = [
    "He provided the voice for Junyer Bear in the 1948 Chuck Jones Looney Tunes cartoon, and played the wolf.",
    "Freberg also was the voice of Beaver in Disney's 'Lady and the Tramp' (1955).",
    "For the feature Looney Tunes, 'Back in Action' (2003), he was heard as a baby bear.",
]


def _title(bullets: list[str], title: str, texts: list[str] | None = None) -> str:
    group = texts or [" ".join(bullets)]
    return work_title(bullets, group, group, {title.casefold()}, title)


def test_the_work_two_bullets_name_titles_the_group() -> None:
    used = {"baby bear", "key points: stan freberg's death"}
    texts = [" ".join(VOICES)]
    assert work_title(VOICES, texts, texts, used, "Baby Bear") == "Looney Tunes"
    assert used == {"looney tunes", "key points: stan freberg's death"}


def test_a_title_two_bullets_say_stays() -> None:
    bullets = [*VOICES, "He was heard as a bear again in 2003, in the Looney Tunes feature."]
    assert _title(bullets, "Baby Bear") == "Baby Bear"  # two bullets say "bear" in lower case


def test_a_body_no_work_noun_follows_stays() -> None:
    bullets = [
        "The Premier League confirmed the ban on Tuesday.",
        "He will miss three Premier League matches.",
        "His appeal was heard at a hearing in London.",
    ]
    assert _title(bullets, "Hearing in London") == "Hearing in London"


def test_a_source_and_a_person_stay() -> None:
    source = [
        "She told Vogue magazine that she had no regrets.",
        "Vogue magazine ran the photographs in its March issue.",
        "The shoot took place at a hotel in Paris.",
    ]
    assert _title(source, "Hotel in Paris") == "Hotel in Paris"
    person = [
        "The Tom Hanks film opened on Friday.",
        "Tom Hanks said the part was the hardest of his career.",
        "The premiere was held at a cinema in Leicester Square.",
    ]
    assert _title(person, "Premiere") == "Premiere"


def test_a_family_at_a_sentence_start_is_no_work() -> None:
    bullets = [
        "The Gaver film was posted on their Facebook page.",
        "The Gaver family had been camping outside the store.",
        "The remaining members were jailed.",
    ]
    texts = ["Enoch Gaver, 21, was killed. " + " ".join(bullets)]
    assert _title(bullets, "Store Camp", texts) == "Store Camp"  # neither "The Gaver" nor the surname


def test_a_group_of_two_stays() -> None:
    assert _title(VOICES[::2], "Baby Bear") == "Baby Bear"


def test_shared_articles() -> None:
    assert "Looney Tunes" in shared_group_titles("en-cnndm.jsonl", 101)  # was "Baby Bear"
    assert "Fall of an Empire" in shared_group_titles("en-cnndm.jsonl", 146)  # was "Pagan Worship"
    assert "Playboy" in shared_group_titles("en-cnndm.jsonl", 191)  # was "Mexican Edition"
