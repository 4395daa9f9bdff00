"""A match report whose overview is titled by one player names the match where the article plainly
names both sides (`text/en_overview_sides.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_overview_deed import grounded
from citebrief.text.en_overview_sides import match_sides, the_countries
from conftest import shared_group_titles

_REPORT = [
    "Opener Tom Bell hit 56 while captain Jo Smith added runs as Northtown made 165-5 at home.",
    "It was not enough with the Southbians reaching 171-4 with two overs to spare.",
    "Bell is expected to return for the five matches against Southby, starting in March.",
]


def test_a_player_gives_way_to_the_two_sides_and_stays_used() -> None:
    used = {"jo smith"}
    assert match_sides("Jo Smith", _REPORT, used) == "Northtown v Southby"
    assert used == {"jo smith", "northtown v southby"}
    assert grounded("Northtown v Southby", _REPORT)  # bench/brief_checks.py can ground it


def test_a_named_captain_makes_a_side() -> None:
    texts = [
        "Captain Jo Smith fell early.",
        "By tea, Northtown were well-placed on 75-2.",
        "Southby skipper Gary Batt said: 'We held on.'",
    ]
    assert match_sides("Jo Smith", texts, set()) == "Northtown v Southby"


def test_an_outlets_label_gives_way_to_the_match() -> None:
    texts = [*_REPORT, "It was a fine match, the coach told Test Match Special."]
    assert match_sides("Test Match Special", texts, set()) == "Northtown v Southby"


def test_the_sides_players_name_the_side() -> None:
    texts = [
        "Captain Jo Smith hit 56 as Northtown made 165-5.",
        "Of the Southby players, only two passed 50.",
        "It was the first time Northtown beat Southby at home.",
    ]
    assert match_sides("Jo Smith", texts, set()) == "Northtown v Southby"


def test_a_side_named_before_a_who_clause_and_its_lead_makes_a_side() -> None:
    texts = [
        "Captain Jo Smith scored 14 points.",
        "Northtown led 35-24 but the Southbians took the lead early in the third.",
        "Southby, who were led by 18 points from Al Bee, scored the first 10 points late to lead 71-60.",
    ]
    assert match_sides("Jo Smith", texts, set()) == "Northtown v Southby"


@pytest.mark.parametrize("country", sorted(the_countries()))
def test_a_country_named_with_the_is_a_side(country: str) -> None:
    texts = [
        f"Captain Jo Smith hit 56 as Northtown made 165-5 against the {country}.",
        f"The {country} replied with 171-4 to win.",
    ]
    assert match_sides("Jo Smith", texts, set()) == f"Northtown v {country}"


def test_a_fixture_ahead_is_no_third_side() -> None:
    texts = ["Captain Jo Smith hit 56 as Northtown made 165-5 against Southby.", "Southby next play against Westby."]
    assert match_sides("Jo Smith", texts, set()) == "Northtown v Southby"


@pytest.mark.parametrize(
    ("subject", "texts", "used"),
    [
        ("Winning Runs", _REPORT, set()),  # no person's name: a theme the steps chose stays
        ("Smith", _REPORT, set()),  # one word: "England" passes for a person's name too
        ("Jo Smith", [_REPORT[0], _REPORT[1]], set()),  # one side only ("the Southbians" are its people)
        # two sides, neither with a score: no match report
        (
            "Jo Smith",
            ["Captain Jo Smith batted well.", "Northtown coach Al Bee said so.", "It was against Southby."],
            set(),
        ),
        ("Jo Smith", _REPORT, {"northtown"}),  # a title holds a side already
        # "After" opens a sentence and is written in lower case too: no side
        ("Jo Smith", ["After being reduced to 8-2, they rallied.", "He played after lunch against Southby."], set()),
        # "the Northtown" is written: a people's word, no side's name
        ("Jo Smith", [*_REPORT, "Rain helped the Northtown."], set()),
        # "the Northtown players" beside "the Northtown": still a people's word
        ("Jo Smith", [*_REPORT, "Rain helped the Northtown.", "The Northtown players wept."], set()),
        # "Dutch" is a people's adjective (`capital_cities`), no side's name
        (
            "Jo Smith",
            ["Captain Jo Smith hit 56 as Northtown made 165-5.", "Dutch hopes rose at 171-4 against Northtown."],
            set(),
        ),
        ("Sky Sports", ["Sky Sports showed it.", "Northtown beat Southby 2-1."], set()),  # one side only
        # a "who" clause, then no lead or win ("to draw 2-2"): no side
        (
            "Jo Smith",
            [
                "Captain Jo Smith hit 56 as Northtown made 165-5.",
                "Southby, who trailed at the break, scored twice to draw 2-2.",
            ],
            set(),
        ),
    ],
)
def test_the_subject_stays(subject: str, texts: list[str], used: set[str]) -> None:
    assert match_sides(subject, texts, used) == subject


@pytest.mark.parametrize(
    ("index", "title"),
    [
        (192, "Key points: Ireland v Afghanistan"),  # was "Key points: William Porterfield", one batsman
        (148, "Key points: Yorkshire v Surrey"),  # was "Key points: Ben Foakes", one batsman
        (122, "Key points: Chelsea v City"),  # was "Key points: David Luiz", fouled in the game's fracas
        # was "Key points: England": "Vaughan told Test Match Special" gave the subject; "the
        # Pakistan players" name a side; "a tour game against Worcestershire" is a fixture ahead
        (17, "Key points: England v Pakistan"),
        # was "Key points: Ben Gordon": "Netherlands, who were led by 18 points from Worthy De Jong,
        # scored the first 10 points of the fourth quarter to lead 71-60" names the other side
        (41, "Key points: GB v Netherlands"),
    ],
)
def test_real_match_reports_title_the_match(index: int, title: str) -> None:
    assert shared_group_titles("en-xsum.jsonl", index)[0] == title
