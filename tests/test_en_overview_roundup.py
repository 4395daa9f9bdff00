"""A results roundup's overview named by one club ("Rotherham") takes the competition its opening
sentence names first ("Football League", `text/en_overview_roundup.py`); an article with one
section heading or none, and an overview that is no club's name, keep theirs. Cut from en-cnndm
9, and its brief itself."""

from __future__ import annotations

from citebrief.text.en_overview_roundup import roundup_subject
from conftest import shared_group_titles

OPENING = (
    "With just two weekends of Football League action to play, and one in the Conference, it is crunch time for a "
    "number of clubs."
)
# en-cnndm 9, passages 4 and 7 (cut short): two sections' headings glued to their first clubs
SECTIONS = [
    "If Rotherham win, Millwall will be relegated if they lose. League One Preston (home to Swindon) will be "
    "promoted if they win and MK Dons (away to Rochdale) lose.",
    "Cheltenham will be relegated if they lose and Hartlepool win. ........ Conference Barnet (home to Gateshead) "
    "will be promoted as champions if they win.",
]


def test_a_roundups_club_overview_is_the_competition_its_lead_names_first() -> None:
    used = {"rotherham"}
    assert roundup_subject("Rotherham", OPENING, [OPENING, *SECTIONS], used) == "Football League"
    assert "football league" in used


def test_one_section_heading_is_no_roundup() -> None:
    assert roundup_subject("Rotherham", OPENING, [OPENING, SECTIONS[0]], set()) == "Rotherham"


def test_an_overview_that_is_no_clubs_name_stays() -> None:
    subject = "Rotherham's Points Deduction"
    assert roundup_subject(subject, OPENING, [OPENING, *SECTIONS], set()) == subject


def test_en_cnndm_9s_overview_is_the_football_league() -> None:
    assert shared_group_titles("en-cnndm.jsonl", 9)[0] == "Key points: Football League"
