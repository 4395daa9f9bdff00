"""A theme title naming what one bullet speaks of takes the noun two bullets write after it, where
the group's paragraph writes the phrase: "Lincoln Cathedral Concert" (`text/en_title_shared_phrase.py`)."""

from __future__ import annotations

import pytest

from citebrief.engines.en_last_titles import last_titles
from citebrief.engines.scored import Draft
from citebrief.text.en_title_shared_phrase import shared_phrase_title

FIRST = "A concert was also given at Lincoln Cathedral."
SECOND = "The choir sang two hymns before the concert ended."
# the noun only inside a quotation, another form of it outside the quotation: no saying of the noun
QUOTING = 'The choir, whose concerts sell out, said: "We sang two hymns before the concert ended."'
TEXTS = [
    f"Crowds filled the square for the festival. {FIRST}",
    f"{SECOND} The first Lincoln Cathedral concert was given in 1920.",
]


def test_a_title_of_one_bullet_takes_the_noun_two_write() -> None:
    used = {"festival", "lincoln cathedral"}
    assert shared_phrase_title("Lincoln Cathedral", [FIRST, SECOND], TEXTS, used) == "Lincoln Cathedral Concert"
    assert "lincoln cathedral concert" in used and "lincoln cathedral" not in used


@pytest.mark.parametrize(
    ("bullets", "texts", "used"),
    [
        ([FIRST, "The choir sang two hymns as the crowds left."], TEXTS, set()),  # one bullet writes the noun
        ([FIRST, SECOND], [*TEXTS[:1], SECOND, "The Lincoln Cathedral concert was in 1920."], set()),  # not theirs
        ([FIRST, "Lincoln Cathedral opened its doors for the concert."], TEXTS, set()),  # two write the title's head
        ([FIRST, SECOND], TEXTS, {"concert"}),  # held by another title
        ([FIRST, 'The choir said: "We sang two hymns before the concert ended."'], TEXTS, set()),  # a quotation's
        ([FIRST, QUOTING], [TEXTS[0], f"{QUOTING} {TEXTS[1]}"], set()),  # "concerts" outside, "concert" quoted
    ],
)
def test_the_title_stays(bullets: list[str], texts: list[str], used: set[str]) -> None:
    assert shared_phrase_title("Lincoln Cathedral", bullets, texts, used) == "Lincoln Cathedral"


def test_a_deed_title_stays() -> None:
    texts = [FIRST, f"{SECOND} Smith's Arrest concert was given."]
    assert shared_phrase_title("Smith's Arrest", [FIRST, SECOND], texts, set()) == "Smith's Arrest"


def test_the_last_titles_read_it_for_a_theme() -> None:
    bullets = ["Crowds filled the square for the festival.", FIRST, SECOND]
    drafts = [Draft(None, [0], "Festival"), Draft(1, [1, 2], "Lincoln Cathedral")]
    last_titles(drafts, bullets, TEXTS, {"festival", "lincoln cathedral"})
    assert drafts[1].title == "Lincoln Cathedral Concert"
