"""A match report carrying a live commentary or team sheets titles its overview by the match they
state, not by a player its bullets name once (`text/en_overview_commentary.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_overview_commentary import commentary_match, final_sides
from citebrief.text.en_overview_deed import grounded
from citebrief.text.titles import display_title
from conftest import shared_group_titles

_REPORT = [
    "Jo Smith saved well before Tom Bell scored the winner for Northtown.",
    "Match ends, Northtown 2, Queen of the South 1.Second Half ends, Northtown 2, Queen of the South 1.",
]


def test_the_final_line_gives_both_sides_as_written() -> None:
    assert final_sides(_REPORT) == ("Northtown", "Queen of the South")
    assert final_sides(["Second Half ends, Egypt 1, Uganda 0."]) is None  # a half's end, not the match's
    assert final_sides(["Egypt beat Uganda 1-0 to reach the last eight."]) is None  # no commentary line


_SHEETS = [
    "Northtown held on for the bragging rights.",
    "Northtown: Ash, Bell, Cole, Dane, Eyre, Ford, Gale, R. Hart, Ives (capt).",
    "Replacements: Jay, Kerr.Southby Rovers: Lamb; Moss, Nash, Orr, Pike, Quin, Rowe, Sims, Tate.Replacements: Udo.",
]


def test_two_team_sheets_give_both_sides_where_no_commentary_does() -> None:
    assert final_sides(_SHEETS) == ("Northtown", "Southby Rovers")  # a passage may end before "Replacements:"
    assert final_sides(["Squad: Ash, Bell, Cole, Dane, Eyre, Ford, Gale, Hart.Replacements: Jay."]) is None  # one
    # a list of fewer than eight names is no team sheet
    assert final_sides(["Northtown: Ash, Bell.Replacements: Jay.Southby: Lamb, Moss.Replacements: Udo."]) is None


def test_a_player_gives_way_to_the_match_and_stays_used() -> None:
    used = {"jo smith"}
    assert commentary_match("Jo Smith", _REPORT, used) == "Northtown v Queen of the South"
    assert used == {"jo smith", "northtown v queen of the south"}
    assert grounded("Northtown v Queen of the South", _REPORT)  # bench/brief_checks.py can ground it


def test_one_side_gives_way_to_the_match() -> None:
    assert commentary_match("Queen of the South", _REPORT, set()) == "Northtown v Queen of the South"


@pytest.mark.parametrize(
    ("subject", "texts", "used"),
    [
        ("Winner", _REPORT, set()),  # no person's name nor a side: a theme the steps chose stays
        ("Jo Smith", _REPORT[:1], set()),  # no commentary
        ("Jo Smith", _REPORT, {"northtown"}),  # a title holds a side already
    ],
)
def test_the_subject_stays(subject: str, texts: list[str], used: set[str]) -> None:
    assert commentary_match(subject, texts, used) == subject


def test_v_stays_lower_case_in_a_title() -> None:
    assert display_title("Egypt v Uganda", "en") == "Egypt v Uganda"


@pytest.mark.parametrize(
    ("index", "title"),
    [
        (150, "Key points: Egypt v Uganda"),  # was "Key points: Denis Onyango", the beaten keeper
        (138, "Key points: Gateshead v Wrexham"),  # was "Key points: Wrexham", the losing side alone
        (142, "Key points: Widnes v Warrington"),  # was "Key points: Paddy Flynn", one try scorer; team sheets
        (145, "Key points: Gloucester v Cardiff Blues"),  # was the glued "Key points: Gloucester Josh Hohneck"
        (114, "Key points: Scotland v Georgia"),  # was "Key points: Stuart Hogg", one of six try scorers
    ],
)
def test_real_commentaries_title_the_match(index: int, title: str) -> None:
    assert shared_group_titles("en-xsum.jsonl", index)[0] == title
