"""A title one bullet of three says gives way to a modifier and noun two bullets say ("Morning
Routine" over "Room Temperature Water"), where its noun is no verb ("the fly tries harder") and no
name ("Iron Chef" says no chef); a title two bullets say, a name, a group of two keep theirs; a
title of where or when ("President's Busy Week") gives way too; no place ("Busy Neighborhood") and
no other title's noun takes its place. Shared en-cnndm articles whose
briefs readers marked."""

from __future__ import annotations

from citebrief.text.en_title_majority import majority_title, sayers
from conftest import shared_group_titles

ROUTINE = [
    "His morning routine includes brushing his teeth for 10 minutes.",
    "Manny will only drink hot or room temperature water.",
    "Manny starts every morning with a Bible reading.",
]
FLY = [
    "The fly is initially featured looking rather pleased as it fastens its tongue onto the steak.",
    "Moving its legs, the fly at first attempts to walk away.",
    "As the video goes on the fly tries harder and harder to set itself free, beating its legs.",
]
CHEF = [
    "In January, Flay was rumoured to be romantically involved with fellow chef Giada De Laurentiis.",
    "The Iron Chef Of America star and Giada were spotted having 'a festive dinner out together'.",
    "In a statement to Gossip Cop, Giada said that any suggestion of a romance was false.",
]


def _titled(bullets: list[str], title: str) -> str:
    return majority_title(bullets, bullets, bullets, {title.casefold()}, title)


def test_one_bullets_detail_gives_way_to_what_two_say() -> None:
    used = {"room temperature water"}
    assert majority_title(ROUTINE, ROUTINE, ROUTINE, used, "Room Temperature Water") == "Morning Routine"
    assert used == {"morning routine"}


def test_shared_title_name_and_pair_stay() -> None:
    assert _titled(ROUTINE, "Morning Teeth") == "Morning Teeth"  # two bullets say "morning"
    assert _titled(ROUTINE, "Manny") == "Manny"  # who the group is about
    assert _titled(ROUTINE[:2], "Room Temperature Water") == "Room Temperature Water"


def test_no_verb_and_no_name_read_as_a_thing() -> None:
    assert _titled(FLY, "Steak") == "Steak"  # not "Fly Tries"
    assert _titled(CHEF, "Festive Dinner") == "Festive Dinner"  # not "Fellow Chef"


SHOOTING = [
    "The man shot at people walking in front of the driver's vehicle on Friday night in the busy neighborhood.",
    "The driver - a 47-year-old man from the Little Italy neighborhood - then grabbed his own weapon.",
    "The man was taken to a local hospital for treatment.",
]


def test_no_place_and_no_other_titles_noun() -> None:
    assert _titled(SHOOTING, "Mass Shooting") == "Mass Shooting"  # not "Busy Neighborhood"
    used = {"room temperature water", "daily routine"}
    assert majority_title(ROUTINE, ROUTINE, ROUTINE, used, "Room Temperature Water") == "Room Temperature Water"


def test_shared_articles() -> None:
    # record 77's "Room Temperature Water" gave way to "Morning Routine"; since its two fighters' lists
    # are grouped apart (`en_list_subjects`), the water item is under "Manny", titled by his name
    assert "Room Temperature Water" not in shared_group_titles("en-cnndm.jsonl", 77)
    assert "House Prices" in shared_group_titles("en-cnndm.jsonl", 131)  # not "Wider Postal Region"
    assert "Unscheduled Trip" in shared_group_titles("en-cnndm.jsonl", 57)  # not "President's Busy Week"


def test_function_words_say_nothing() -> None:
    # every bullet says "the" and "who"; only the first says a word of what the title names
    bullets = [
        "The fall of the wall was greeted by crowds who crossed at night.",
        "The guards who opened the gates were later praised.",
        "The mayor thanked the police who kept order.",
    ]
    assert sayers("Fall of the Wall", bullets) == 1
    assert sayers("The Ones Who Stayed", bullets) == 0  # "ones", "who": function words only
    assert sayers("Guards Who Opened Gates", bullets) == 1
    # en-cnndm 106: "Vision of the Future" is one bullet's quote, no longer said by every bullet's "the"
    assert "Hall's Warning" in shared_group_titles("en-cnndm.jsonl", 106)
