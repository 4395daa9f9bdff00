"""A one-word name a match report uses only inside a person's whole name is never a side
(`text/en_side_persons.py`), and a club's two-word name joined by "&" gives no side of its last
word (`text/en_overview_sides.py`)."""

from __future__ import annotations

from citebrief.text.en_overview_sides import article_sides, word_runs
from citebrief.text.en_side_persons import person_word

_REPORT = [
    "The Robins went down 2-1 at Northtown on Saturday.",
    "Tom Bellows's goal was their first for weeks.",
    "We scored six against Southby before.",
]


def test_a_first_name_written_only_in_a_whole_name_is_no_side() -> None:
    assert person_word("Tom", _REPORT)
    sides, _ = article_sides(_REPORT, set(), word_runs(_REPORT))
    assert sides == {"Southby"}  # not "Tom" of "Tom Bellows's goal"


def test_a_club_written_alone_too_stays_a_side() -> None:
    texts = ["Crystal Palace won 2-0.", "It was the first time Palace beat Southby away."]
    assert not person_word("Palace", texts)
    assert not person_word("Westby", texts)  # never written: no person's


def test_the_last_word_of_a_club_joined_by_and_is_no_captains_side() -> None:
    texts = ["Northtown won 2-0.", "Dagwood & Redfield manager Jim Keel told the radio he was sorry."]
    sides, _ = article_sides(texts, set(), word_runs(texts))
    assert "Redfield" not in sides
