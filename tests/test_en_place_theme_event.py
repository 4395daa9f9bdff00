"""A theme titled by a bare place takes the event a bullet names by it: "Arkansas Case"
(`text/en_place_theme_event.py`)."""

from __future__ import annotations

import pytest

from citebrief.engines.en_last_titles import last_titles
from citebrief.engines.scored import Draft
from citebrief.text.data_files import data_lines
from citebrief.text.en_place_theme_event import place_theme_event

TEXTS = ["Police in Ohio want to open a phone seized from two boys.", "A court in Ohio heard the boys' plea."]
LATER = "The two boys are accused of robbing a shop in Dayton, Ohio in May."


@pytest.mark.parametrize(
    ("first", "titled"),
    [
        ("A judge agreed to delay the Ohio case until June.", "Ohio Case"),
        ("Witnesses described the Ohio shooting to the court.", "Ohio Shooting"),
        ("A judge said the Ohio police had erred.", "Ohio"),  # a body, no event
        ("A judge agreed to delay the case until June.", "Ohio"),  # the place not written with it
        ("Ohio case workers met the boys.", "Ohio"),  # no "the": not the event's name
    ],
)
def test_a_bare_place_takes_the_event_a_bullet_names_by_it(first: str, titled: str) -> None:
    used = {"ohio", "phone data"}
    assert place_theme_event("Ohio", [first, LATER], TEXTS, used) == titled
    assert titled.casefold() in used


def test_only_a_place_and_a_free_title() -> None:
    bullets = ["A judge agreed to delay the Ohio case until June.", LATER]
    texts = ["Ohio Smith, 30, said the Ohio case was unfair.", "Ms Smith left."]
    assert place_theme_event("Ohio", bullets, texts, set()) == "Ohio"  # a person's name
    assert place_theme_event("Ohio", bullets, ["Ohio said no."], set()) == "Ohio"  # never after "in"
    assert place_theme_event("Ohio", bullets, TEXTS, {"the ohio case file"}) == "Ohio"  # held by a title given
    two = ["The Ohio case is open.", "The Ohio trial starts in May."]
    assert place_theme_event("Ohio", two, TEXTS, set()) == "Ohio"  # two events: none is the group's


def test_the_last_titles_read_it_for_a_theme() -> None:
    bullets = ["Police in Ohio seized a phone.", "A judge agreed to delay the Ohio case until June.", LATER]
    drafts = [Draft(None, [0], "Phone Data"), Draft(1, [1, 2], "Ohio")]
    last_titles(drafts, bullets, TEXTS, {"phone data", "ohio"})
    assert drafts[1].title == "Ohio Case"


def test_the_nouns_are_lower_case_words() -> None:
    nouns = data_lines("en_place_event_nouns.tsv")
    assert nouns and all(n.isalpha() and n.islower() for n in nouns)
    assert len(set(nouns)) == len(nouns)
