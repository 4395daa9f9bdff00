"""An English overview titled by a bare name whose lead is what that person said or wants before a
match the same sentence writes is titled "Name on Match" (`text/en_overview_match_talk.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_overview_deed import grounded
from citebrief.text.en_overview_match_talk import match_talk, match_topic
from conftest import shared_group_titles


@pytest.mark.parametrize(
    ("lead", "topic"),
    [
        ("Jo Smith wants to win when Leeds face Hull in the FA Cup semi-final.", "FA Cup semi-final"),
        (
            "Jo Smith has urged Leeds to man up as he labelled their clash with relegation rivals QPR big.",
            "relegation rivals QPR",
        ),
        ("Leeds boss Jo Smith said his side are ready for the League Cup final on Sunday.", "League Cup final"),
        ("Jo Smith, 19, has vowed to start the showdown against Real Madrid.", "Real Madrid"),
        (
            "Jo Smith insists the players are calm ahead of the Champions League quarter-final.",
            "Champions League quarter-final",
        ),
    ],
)
def test_the_lead_names_the_match_its_speaker_spoke_of(lead: str, topic: str) -> None:
    assert match_topic("Jo Smith", lead) == topic


@pytest.mark.parametrize(
    "lead",
    [
        "Jo Smith will keep his place in the side for the FA Cup final.",  # no saying: a deed
        "After Leeds beat Hull, Jo Smith said the clash with Chelsea is next.",  # a clause before the name
        "Police said Jo Smith was arrested before the clash with Chelsea.",  # the name is no speaker
        "Jo Smith has urged Leeds to man up before the final.",  # a final of no cup the lead names
        "Jo Smith scored twice in the FA Cup final.",  # no saying
        "Jo Smith said the club are in talks.",  # no match
    ],
)
def test_no_match_where_the_lead_does_not_speak_of_one(lead: str) -> None:
    assert match_topic("Jo Smith", lead) == ""


def test_the_title_is_the_name_on_its_match_and_grounded() -> None:
    lead = "Jo Smith has urged Leeds to man up as he labelled their clash with relegation rivals QPR big."
    used: set[str] = set()
    assert match_talk("Jo Smith", lead, [lead], used) == "Jo Smith on Relegation Rivals QPR"
    assert used == {"jo smith on relegation rivals qpr"}
    assert grounded("Jo Smith on Relegation Rivals QPR", [lead])  # bench/brief_checks.py can ground it


def test_a_long_title_and_a_titled_subject_stay() -> None:
    lead = "Jo Smith said he was happy ahead of the Capital One Cup semi-final."
    assert match_talk("Jo Smith", lead, [lead], set()) == "Jo Smith"  # seven words
    short = "Jo Smith said he was happy ahead of the FA Cup final."
    assert match_talk("Jo Smith's Arrest", short, [short], set()) == "Jo Smith's Arrest"
    assert match_talk("Jo Smith on High Taxes", short, [short], set()) == "Jo Smith on High Taxes"


@pytest.mark.parametrize(
    ("index", "title"),
    [
        (6, "Key points: Jack Grealish on FA Cup Semi-final"),
        (41, "Key points: Tim Sherwood on Relegation Rivals QPR"),
        # "will keep his place ... for the FA Cup final": no saying, so no match talk; the title names
        # what a bullet says was his ("Given's performances in the FA Cup", `data/en_named_events.tsv`)
        (26, "Key points: Shay Given's Performances"),
    ],
)
def test_real_leads_title_the_match_their_person_spoke_of(index: int, title: str) -> None:
    assert shared_group_titles("en-cnndm.jsonl", index)[0] == title
