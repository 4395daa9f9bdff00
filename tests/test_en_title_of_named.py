"""A one-word title a bullet writes as "the <noun> of the <noun> on <Name>" widens to that phrase
(`text/en_title_of_named.py`, through `en_title_widened.widened_title`). Small cases written for
the rule, and the en-cnndm brief whose "Anniversary" blind readers marked."""

from __future__ import annotations

from citebrief.text.en_title_of_named import of_named
from citebrief.text.en_title_widened import widened_title
from conftest import shared_group_titles

LANDING = [
    "The anniversary of the landing on Gallipoli has fallen on a Saturday this year.",
    "The last time Anzac Day fell on a Saturday was 2009.",
]


def test_a_word_widens_to_what_it_is_of() -> None:
    assert of_named("Anniversary", LANDING) == "Anniversary of the Landing on Gallipoli"
    used = {"anniversary", "public holiday"}
    assert widened_title(LANDING, LANDING, LANDING, used, "Anniversary") == "Anniversary of the Landing on Gallipoli"
    assert used == {"anniversary of the landing on gallipoli", "public holiday"}


def test_no_name_no_the_or_a_longer_phrase_leave_it() -> None:
    assert of_named("Anniversary", ["The anniversary of the landing was marked."]) == ""  # no name closes it
    assert of_named("Anniversary", ["An anniversary of the landing on Gallipoli."]) == ""  # no "the"
    assert of_named("Anniversary", ["The anniversary of the landing on Gallipoli Beach North Cove."]) == ""
    assert of_named("Anniversary", ["The anniversary dinner was on Monday."]) == ""
    taken = {"anniversary", "landing on gallipoli"}  # another title holds it: the word stays
    assert widened_title(LANDING, LANDING, LANDING, taken, "Anniversary") == "Anniversary"


def test_cnndm_52_anniversary_of_the_landing() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 52)
    assert "Anniversary of the Landing on Gallipoli" in titles and "Anniversary" not in titles
