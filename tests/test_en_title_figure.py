"""An English group title that is a figure of one bullet's sentence (a participle's phrase, a
place or an amount, an adjective's phrase said only inside a quotation) gives way to what two
bullets or more say (`en_title_figure.figure_title`); a quoted thing, a title two bullets say,
and a figure with nothing shared stay. Small cases written after en-cnndm briefs ("Painted
Bright Yellow" over the airmail arrows, "Blank Cheque" over a parking ruling's critics)."""

from __future__ import annotations

from citebrief.text.en_title_figure import figure, figure_title
from conftest import shared_group_titles

ARROWS = [
    "The concrete arrows were placed at the base of lit beacons near airways, showing pilots the way.",
    "Painted bright yellow and placed alongside a beacon with a gas light at the top, the markers could be seen.",
    "The main air route stretched from New York to San Francisco, following the yellow concrete trail.",
]
RULING = [
    "Professor Stephen Glaister said the ruling would hand parking firms a 'blank cheque' to milk drivers.",
    "Mr Beavis was handed the penalty after he returned 56 minutes late to his car.",
    "And AA president Edmund King said: 'Nobody thinks £85 is a reasonable amount for a parking penalty.'",
]
STORM = [
    "One told the Telegraph that 'a large wave tore a door off, causing a whole lot of water to come through'.",
    "'Even as we speak the ship is creaking and moaning,' passenger Kurt Foster said.",
]


def _titled(bullets: list[str], title: str, used: set[str] | None = None) -> str:
    given = used if used is not None else {title.casefold()}
    return figure_title(bullets, bullets, bullets, given, title)


def test_a_participles_phrase_gives_way_to_what_two_bullets_say() -> None:
    assert figure("Painted Bright Yellow", ARROWS, ARROWS)
    used = {"painted bright yellow", "giant arrows"}
    assert _titled(ARROWS, "Painted Bright Yellow", used) == "Beacons"  # "beacons" and "a beacon"
    assert "beacons" in used and "painted bright yellow" not in used


def test_a_quoted_figure_gives_way_to_the_matter_two_bullets_report() -> None:
    assert figure("Blank Cheque", RULING, RULING)
    assert _titled(RULING, "Blank Cheque") == "Parking Penalty"  # "the penalty", "a parking penalty"
    taken = {"blank cheque", "parking penalty"}
    assert _titled(RULING, "Blank Cheque", taken) == "Blank Cheque"  # another group's title, and one within it


def test_a_quoted_thing_and_a_shared_title_are_no_figures() -> None:
    money = ["'They offered me £100,000 as hush money,' she said.", "The judge ordered Rojo to pay her costs."]
    assert not figure("Hush Money", money, money)  # a thing's name, quoted: `en_title_quoted`'s
    assert not figure("Concrete Arrows", ARROWS, ARROWS)
    twice = [*ARROWS[:2], "Pilots followed the bright yellow arrows, painted bright yellow each spring."]
    assert figure("Painted Bright Yellow", twice, twice)
    assert _titled(twice, "Painted Bright Yellow") == "Painted Bright Yellow"  # two bullets say it


def test_a_figure_with_nothing_shared_stays() -> None:
    assert figure("Whole Lot of Water", STORM, STORM)  # an amount's head
    assert _titled(STORM, "Whole Lot of Water") == "Whole Lot of Water"


def test_a_verb_of_the_family_is_no_noun_said_twice() -> None:
    sailing = [
        "Small boat owners were told not to sail during the operation, under the 'safe evacuation procedures'.",
        "Caledonian MacBrayne reported disruption, affecting sailings from Gourock.",
    ]
    assert _titled(sailing, "Safe Evacuation Procedures") == "Safe Evacuation Procedures"


def test_the_readers_briefs_take_the_shared_thing() -> None:
    arrows = shared_group_titles("en-cnndm.jsonl", 28)  # the airmail arrows, as a reader's brief reads them
    # the airmail history's four bullets (joined by `en_twin_joins`, read 39c) share "concrete arrows"; "beacons"
    # is said by two of them, no longer half; then "Beacons", not "Concrete Arrows" under the overview's
    # "Giant Arrows" (`en_title_distinct`)
    assert "Beacons" in arrows and "Painted Bright Yellow" not in arrows
    ruling = shared_group_titles("en-cnndm.jsonl", 190)  # a parking-charge ruling and its critics
    # "Parking Penalty" while a caption's run-on bullet sat in the group; "Motorists" since
    # text/caption_speakers.py cut it, "Reaction to the Ruling" since `en_reaction_runs`: each names
    # what the bullets share, not one's figure
    shared = {"Parking Penalty", "Motorists", "Reaction to the Ruling"}
    assert "Blank Cheque" not in ruling and any(t in ruling for t in shared)


def test_a_participle_before_a_noun_and_a_things_head_are_no_figures() -> None:
    cases = ["There were 26,000 confirmed cases by March.", "The transfer deal was agreed on Friday."]
    assert not figure("Confirmed Cases", cases, cases)  # a participle that says which cases
    assert not figure("Transfer Deal", cases, cases)  # "deal" names a thing, not an amount
    assert figure("Right of the Fairway", cases, cases)
