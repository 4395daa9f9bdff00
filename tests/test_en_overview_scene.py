"""An English overview titled by the bare name of someone who only takes part in what the lead
shows happening is titled by the scene, in the lead's words (`text/en_overview_scene.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_overview_scene import lead_scene
from citebrief.text.titles import on_word_boundaries
from conftest import shared_group_titles


@pytest.mark.parametrize(
    ("subject", "lead", "title"),
    [
        (
            "Jo Smith",
            "An argument between two Leeds neighbours over noise has ended in tragedy.",
            "Argument Between Two Leeds Neighbours",
        ),
        ("Jo Smith", "(CNN)A row over parking spaces has split a village.", "Row over Parking Spaces"),
        (
            "Jo Smith",
            "TV reporter Jo Smith filmed a bus driver in Leeds doing star jumps on the pavement after his shift.",
            "Star Jumps on the Pavement",
        ),
        (
            "Jo Smith",
            "Jo Smith and her husband have filed a missing persons report after his son disappeared.",
            "Missing Persons Report",
        ),
        (
            "Jo Smith",
            "Ann, 14, was spotted reading as she and her parents left London for a trip to Hyde Park on Sunday.",
            "Trip to Hyde Park",
        ),
        (
            "Jo Smith",
            "Ann was seen smiling as the family left home for a surprise visit to Kew.",
            "Surprise Visit to Kew",
        ),
    ],
)
def test_the_lead_s_scene_titles_the_overview(subject: str, lead: str, title: str) -> None:
    used = {subject.casefold()}
    assert lead_scene(subject, [lead], [lead], used) == title
    assert used == {title.casefold()}  # the engine reads the overview's subject back from it
    assert on_word_boundaries(title.lower(), lead.lower(), "en")  # a phrase the lead writes


@pytest.mark.parametrize(
    ("subject", "lead"),
    [
        ("Jo Smith", "An argument between Jo Smith and her neighbour has ended in tragedy."),  # hers: she is in it
        ("Jo Smith", "An argument broke out in Leeds."),  # no one it is between
        ("Jo Smith", "TV reporter Jo Smith filmed a bus driver doing nothing at all."),  # nothing done
        ("Jo Smith", "A bus driver filmed Jo Smith doing star jumps."),  # she is the one filmed
        ("Jo Smith", "Police have filed a report after Jo Smith disappeared."),  # not hers: she is after "filed"
        ("Jo Smith", "Jo Smith has filed a lawsuit against her landlord."),  # "Lawsuit" alone says too little
        ("Jo Smith", "Jo Smith left London for a trip to Hyde Park."),  # no one was seen
        ("Jo Smith's Arrest", "An argument between two neighbours has ended in tragedy."),  # no bare name
        ("tree planting", "An argument between two neighbours has ended in tragedy."),  # no name
        (
            "Jo Smith",
            "Ann, 14, was spotted as the family left for an impromptu trip to Great Falls Park National Monument.",
        ),  # over five words even without its modifier
    ],
)
def test_no_scene_title_where_the_lead_shows_none_past_the_name(subject: str, lead: str) -> None:
    assert lead_scene(subject, [lead], [lead], {subject.casefold()}) == subject


def test_a_gathering_is_titled_by_its_place_where_the_article_names_it_so() -> None:
    lead = "Two singers and an actor came out in support of Labour at a party rally."
    texts = [lead, "Jo Smith spoke. At the rally in Leeds, she told supporters to vote."]
    used = {"jo smith"}
    assert lead_scene("Jo Smith", [lead], texts, used) == "Rally in Leeds"
    assert used == {"rally in leeds"}
    assert lead_scene("Jo Smith", [lead], [lead, "Jo Smith spoke at the rally."], set()) == "Jo Smith"  # no place
    named = "Jo Smith came out in support of Labour at a party rally."  # hers: the lead names her
    assert lead_scene("Jo Smith", [named], [named, *texts[1:]], set()) == "Jo Smith"


def test_a_title_another_holds_stays_the_name() -> None:
    used = {"jo smith", "missing persons report"}
    lead = "Jo Smith has filed a missing persons report."
    assert lead_scene("Jo Smith", [lead], [lead], used) == "Jo Smith"


@pytest.mark.parametrize(
    ("index", "title"),
    [
        (57, "Key points: Trip to Great Falls Park"),  # was "Sarah Obama", the lead's misspelt Sasha
        (60, "Key points: Argument Between Two Brisbane Neighbours"),  # was "Phillip Pama"
        (62, "Key points: Push-ups on the Runway"),  # was "Jeff Rossen", who filmed them
        (97, "Key points: Missing Persons Report"),  # was "June Shannon", who filed it
        (195, "Key points: Rally in Warrington"),  # was "Ed Miliband", who spoke at it
    ],
)
def test_real_leads_title_their_scene(index: int, title: str) -> None:
    assert shared_group_titles("en-cnndm.jsonl", index)[0] == title
