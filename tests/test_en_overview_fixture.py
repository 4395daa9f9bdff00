"""A bare team name as the overview takes the match its lead writes as the name's own
(`text/en_overview_fixture.py`)."""

from __future__ import annotations

from citebrief.text.en_overview_deed import grounded
from citebrief.text.en_overview_fixture import fixture_event
from conftest import shared_group_titles

MADRID = (
    "Carlo Ancelotti hailed Diego Simeone as one of the world's best coaches as the Italian looked ahead to "
    "Real Madrid's Champions League clash with Atletico Madrid."
)


def test_a_bare_team_takes_its_match_as_the_lead_writes_it() -> None:
    used = {"real madrid"}
    title = fixture_event("Real Madrid", [MADRID], used)
    assert title == "Real Madrid's Champions League clash with Atletico Madrid"
    assert used == {"real madrid", title.casefold()}
    assert grounded(title, [MADRID])


def test_the_match_may_be_in_the_second_sentence() -> None:
    opening = [
        "Ahead of this weekend's action, here is the team news.",
        "Here is all you need for West Brom's home clash with Leicester... West Bromwich Albion vs Leicester City",
    ]
    assert fixture_event("West Brom", opening, set()) == "West Brom's home clash with Leicester"


def test_another_sides_match_or_no_opponent_leaves_the_name() -> None:
    """ "Aston Villa's victory" in a story titled by its goalkeeper is what his news follows."""
    lead = "Shay Given will keep his place after Aston Villa's 2-1 victory against Liverpool."
    assert fixture_event("Shay Given", [lead], set()) == "Shay Given"
    assert fixture_event("Arsenal", ["Arsenal's clash on Saturday was called off."], set()) == "Arsenal"
    assert fixture_event("the club", ["the club's clash with Leeds"], set()) == "the club"
    # a longer name that ends in the subject is another side ("Real Madrid Castilla's")
    assert fixture_event("Madrid", ["Real Madrid's clash with Getafe"], set()) == "Madrid"


def test_shared_briefs_title_the_match() -> None:
    assert (
        shared_group_titles("en-cnndm.jsonl", 39)[0]
        == "Key points: Real Madrid's Champions League Clash with Atletico Madrid"
    )
    assert shared_group_titles("en-cnndm.jsonl", 54)[0] == "Key points: West Brom's Home Clash with Leicester"
