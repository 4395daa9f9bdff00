"""An English match report whose overview is one side's bare name is titled by the match, "Kent v
Essex", where the article plainly names the two sides (`text/en_match_title.py`)."""

from __future__ import annotations

from citebrief.text.en_match_title import match_title
from citebrief.text.en_overview_deed import grounded

LEAD = "The visitors won with a day to spare at Canterbury to level the series."
REPORT = [
    LEAD,
    "Kent were bowled out for 190 after Essex made 402-7 declared to set up a big win over Kent.",
    '"It was a fine four days," said the Essex players\' coach.',
]


def test_a_bare_side_over_a_result_gives_way_to_the_match() -> None:
    used = {"kent"}
    assert match_title("Kent", REPORT[:2], REPORT, used) == "Kent v Essex"
    assert used == {"kent", "kent v essex"}  # the name kept: a group titled by it alone would read as the overview
    assert grounded("Kent v Essex", REPORT)  # bench/brief_checks.py can ground it


def test_no_match_where_the_lead_tells_of_no_result() -> None:
    texts = ["Kent's coach has built a fine squad over three seasons.", *REPORT[1:]]
    assert match_title("Kent", texts[:2], texts, set()) == "Kent"


def test_no_match_where_a_third_side_stands_beside_a_score() -> None:
    texts = [*REPORT, "Surrey made 310-4 against Sussex on the same day."]
    assert match_title("Kent", texts[:2], texts, set()) == "Kent"


def test_no_match_of_a_phrase_a_person_or_a_title_held() -> None:
    assert match_title("Kent Coach", REPORT[:2], REPORT, set()) == "Kent Coach"
    assert match_title("Kent", REPORT[:2], REPORT, {"kent v essex"}) == "Kent"


def test_no_match_of_a_disciplinary_story() -> None:
    lead = "The charge follows the fracas at the end of the game, which Kent won 3-1."
    texts = [lead, *REPORT[1:]]
    assert match_title("Kent", texts[:2], texts, set()) == "Kent"


def test_a_side_the_lead_writes_only_as_an_owner_is_the_other_side() -> None:
    lead = "The hosts claimed Kent's last four wickets for 31 runs to bowl them out for 214 before lunch."
    texts = [lead, "Essex then made 180-3 as Tom Reed hit a fine fifty.", "Kent face a long day in the field."]
    assert match_title("Kent", texts[:2], texts, set()) == "Kent v Essex"


def test_no_other_side_of_a_name_the_lead_opens_on() -> None:
    lead = "Kent's bowlers took four wickets for 31 runs to bowl the visitors out for 214 before lunch."
    texts = [lead, "Essex then made 180-3 as Tom Reed hit a fine fifty.", "Kent face a long day in the field."]
    assert match_title("Kent", texts[:2], texts, set()) == "Kent"


def test_no_match_of_a_player_ruled_out() -> None:
    lead = "The hosts will miss Kent's captain, ruled out for 6 weeks with a torn hamstring."
    texts = [lead, "Essex then made 180-3 as Tom Reed hit a fine fifty.", "Kent face a long day in the field."]
    assert match_title("Kent", texts[:2], texts, set()) == "Kent"
