"""An English lead that opens on a side's result as its possessive titles the overview by that
result, not by a person who speaks of it later (`text/en_overview_result_lead.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_overview_deed import grounded
from citebrief.text.en_overview_result_lead import result_lead, result_opening
from conftest import shared_group_titles


@pytest.mark.parametrize(
    ("lead", "phrase"),
    [
        ("Spain's 2-0 defeat by Holland on Tuesday brought back bitter memories.", "Spain's 2-0 defeat by Holland"),
        ("(CNN)Leeds United's shock win over Real Madrid stunned fans.", "Leeds United's shock win over Real Madrid"),
        ("Chelsea's draw with Hull left Jo Smith angry.", "Chelsea's draw with Hull"),
    ],
)
def test_the_lead_opens_on_a_result(lead: str, phrase: str) -> None:
    assert result_opening(lead) == phrase


@pytest.mark.parametrize(
    "lead",
    [
        "Jo Smith said Spain's 2-0 defeat by Holland was a shock.",  # not the lead's opening
        "Spain's title hopes were hit by Holland.",  # no result of one match
        "Spain's defeat on Tuesday hurt.",  # no opponent
        "Spain's many fans were angry at the defeat by Holland.",  # the result is no subject
    ],
)
def test_no_result_where_the_lead_does_not_open_on_one(lead: str) -> None:
    assert result_opening(lead) == ""


def test_the_result_takes_the_overview_and_keeps_the_name_used() -> None:
    lead = "Spain's 2-0 defeat by Holland on Tuesday brought back bitter memories."
    used = {"del bosque"}
    assert result_lead("Del Bosque", lead, used) == "Spain's 2-0 Defeat by Holland"
    assert used == {"del bosque", "spain's 2-0 defeat by holland"}
    assert grounded("Spain's 2-0 Defeat by Holland", [lead])  # bench/brief_checks.py can ground it
    assert result_lead("Del Bosque", "Del Bosque is calm.", set()) == "Del Bosque"


@pytest.mark.parametrize(
    ("index", "title"),
    [(91, "Key points: Spain's 2-0 Defeat by Holland")],  # was "Key points: Del Bosque"
)
def test_real_leads_title_the_result_they_open_on(index: int, title: str) -> None:
    assert shared_group_titles("en-cnndm.jsonl", index)[0] == title
