"""A group's title does not give way to a bare kind noun ("Horse", "Dog") that two bullets say of
the subject ("the dog"): what the subject is tells nothing of what the group reports (en-xsum 37
pasted, "Horse" over "Symptoms of Post-race Ataxia"). Text written for the test."""

from __future__ import annotations

from citebrief.text.en_title_theme import theme_title

BULLETS = [
    "The vet said the dog was given cold water on arrival at the clinic.",
    "Rex had shown signs of heat stroke before, but the dog had always recovered within the hour.",
    "Rex won the county show in 2019 and the regional final a year later.",
]


def test_a_bare_kind_noun_two_bullets_say_does_not_take_the_title() -> None:
    used = {"signs of heat stroke"}
    assert theme_title(BULLETS, BULLETS, BULLETS, used, "Signs of Heat Stroke") == "Signs of Heat Stroke"


def test_a_noun_two_bullets_say_still_takes_the_title() -> None:
    bullets = [b.replace("the dog", "the fever") for b in BULLETS]
    assert theme_title(bullets, bullets, bullets, set(), "Signs of Heat Stroke") == "Fever"
