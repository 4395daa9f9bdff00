"""An overview titled by a given name the article writes for a kind of people takes that phrase
(`text/en_overview_named.py`)."""

from __future__ import annotations

from citebrief.text.en_overview_named import named_kind
from conftest import shared_group_titles

POLL = [
    "If your name is Nigel you are twice as likely to vote Ukip.",
    "The figure went up from 16 to 31 per cent among men named Nigel, the poll found.",
]


def test_a_name_written_for_people_so_named_takes_the_phrase() -> None:
    used = {"nigel"}
    assert named_kind("Nigel", POLL, used) == "Men Named Nigel"
    assert used == {"men named nigel"}


def test_a_person_named_once_stays() -> None:
    texts = ["Ukip leader Nigel Farage spoke.", "A boy named Nigel cheered.", "His son was named Nigel."]
    assert named_kind("Nigel", texts, set()) == "Nigel"
    assert named_kind("Nigel", POLL[:1], set()) == "Nigel"


def test_a_phrase_in_use_or_a_longer_subject_stays() -> None:
    assert named_kind("Nigel", POLL, {"men named nigel"}) == "Nigel"
    assert named_kind("Nigel Farage", POLL, set()) == "Nigel Farage"


def test_the_first_name_poll_overview_names_the_men() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 42)  # a YouGov poll of voters by first name
    assert titles[0].endswith("Men Named Nigel")
