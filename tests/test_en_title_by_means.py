"""A one-word English event title widens to the means a bullet writes after it with "by" ("Death" →
"Death by Careless Driving"); an object after the -ing word, a short -ing word, a noun before it, a
title that names no event and a phrase another title holds leave the word. Small cases written after
an en-xsum brief, and that brief itself."""

from __future__ import annotations

import pytest

from citebrief.text.en_title_by_means import by_means_title
from conftest import shared_group_titles

PLEA = [
    "The father pleaded guilty to causing death by careless driving at the magistrates' court.",
    "He was fined and banned from driving for two years.",
]


def _title(bullets: list[str], title: str, used: set[str] | None = None) -> str:
    return by_means_title(bullets, bullets, bullets, set() if used is None else used, title)


def test_an_event_widens_to_its_means() -> None:
    used = {"death"}
    assert _title(PLEA, "Death", used) == "Death by Careless Driving"
    assert "death by careless driving" in used


@pytest.mark.parametrize(
    "bullet",
    [
        "He admitted causing death by careless driving.",
        "He admitted causing death by careless driving, the court heard.",
        "He admitted causing death by careless driving and was fined.",
    ],
)
def test_the_means_ends_at_a_stop_or_a_preposition(bullet: str) -> None:
    assert _title([bullet, "He was fined."], "Death") == "Death by Careless Driving"


def test_two_adjectives_before_the_means_are_kept() -> None:
    bullets = ["She died by cruel painful drowning.", "Divers found her death by cruel painful drowning in the lake."]
    assert _title(bullets, "Death") == "Death by Cruel Painful Drowning"


@pytest.mark.parametrize(
    ("bullet", "title"),
    [
        ("He denied causing death by hitting him with a car.", "Death"),  # an object follows: an act, no means
        ("The death by king was reported.", "Death"),  # no -ing word of six letters
        ("They feared an attack by evening.", "Attack"),  # a time, no means
        ("They feared an attack by morning.", "Attack"),  # a noun, no verb's form
        ("He denied causing death by drink driving.", "Death"),  # a noun before the means
        ("The photo by amazing was shown.", "Photo"),  # no event
        ("He admitted causing Death by careless driving.", "Death"),  # no bullet writes the word in lower case
    ],
)
def test_no_means_leaves_the_word(bullet: str, title: str) -> None:
    assert _title([bullet, "He was fined."], title) == title


def test_a_title_of_two_words_stays() -> None:
    assert _title(PLEA, "Fatal Death") == "Fatal Death"


def test_a_phrase_another_title_holds_leaves_the_word() -> None:
    assert _title(PLEA, "Death", {"death", "death by careless driving in wales"}) == "Death"


def test_the_shared_brief() -> None:
    titles = shared_group_titles("en-xsum.jsonl", 125)
    assert "Death by Careless Driving" in titles and "Death" not in titles
