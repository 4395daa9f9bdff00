"""An English overview titled by one of two people the lead names as equals names both
(`text/en_overview_pair.py`)."""

from __future__ import annotations

from citebrief.text.en_overview_pair import overview_pair
from conftest import shared_group_titles

FIGHT = "All aspects of the lives of Floyd Mayweather and Manny Pacquiao are being scrutinised."
TEXTS = [
    FIGHT,
    "Mayweather eats Twizzlers. Mayweather chops wood. Pacquiao drinks hot water.",
    "Pacquiao reads the Bible. Mayweather likes Troy. Pacquiao loves his dog.",
]


def test_two_equals_are_both_the_subject() -> None:
    used = {"manny pacquiao"}
    assert overview_pair("Manny Pacquiao", FIGHT, TEXTS, used) == "Floyd Mayweather and Manny Pacquiao"
    assert used == {"floyd mayweather and manny pacquiao"}


def test_one_the_article_says_little_of_is_no_equal() -> None:
    texts = [FIGHT, "Pacquiao drinks hot water. Pacquiao reads the Bible.", "Pacquiao loves his dog. Pacquiao runs."]
    assert overview_pair("Manny Pacquiao", FIGHT, texts, set()) == "Manny Pacquiao"


def test_a_name_the_lead_writes_alone_stays() -> None:
    first = "Manny Pacquiao met Floyd Mayweather in Las Vegas."
    assert overview_pair("Manny Pacquiao", first, [first, *TEXTS[1:]], set()) == "Manny Pacquiao"


def test_both_fighters_oddities() -> None:
    """en-cnndm record 77: a dozen oddities of each fighter before the fight."""
    assert shared_group_titles("en-cnndm.jsonl", 77)[0] == "Key points: Floyd Mayweather and Manny Pacquiao"


def test_the_last_two_of_a_list_are_no_pair() -> None:
    first = "Owens, Rhys Hanbury and Paddy Flynn all crossed before half-time."
    texts = [first, "Hanbury went over. Flynn scored. Hanbury kicked.", "Flynn ran. Hanbury and Flynn starred."]
    assert overview_pair("Paddy Flynn", first, texts, set()) == "Paddy Flynn"
