"""An English overview titled by a place the first sentence writes only after a preposition of
place takes the first sentence's next phrase, a thing it writes in lower case
(`text/en_overview_place.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_overview_place import _only_where_in_lead, only_where, past_where
from conftest import shared_group_titles

ZOO = (
    "A two-year-old boy is recovering after falling into a cheetah exhibit at the Cleveland Metroparks Zoo "
    "after his parents dangled him over the edge, officials said."
)
ZOO_TEXTS = [
    ZOO,
    "The cheetah exhibit was closed after the fall. The boy's mother was holding him over the railing.",
    "Visitors to the cheetah exhibit saw the boy land in a dry moat.",
    "The Cleveland Metroparks Zoo said the boy was treated.",
]


@pytest.mark.parametrize(
    ("subject", "first", "where"),
    [
        ("Cleveland Metroparks Zoo", ZOO, True),
        ("U.S. Virgin Islands", "Two boys became sick during a trip to the U.S. Virgin Islands.", True),
        ("Vietnam", "Famed for its cuisine, Vietnam offers an undisputed sensory overload.", False),  # its subject
        ("London", "London is in the grip of a rental crisis, while rents in London soar.", False),  # once its subject
        ("Raqqa", "Famished and queuing, these images will have the propaganda unit spitting feathers.", False),
        ("Duchess of Cambridge", "The portrait of the Duchess of Cambridge was unveiled.", False),  # "of" is no place
        ("Reclaim Australia", "Guards were pictured at a recent Reclaim Australia rally.", True),
        ("Reclaim Australia", "Guards were pictured at a Reclaim Australia rally.", True),
    ],
)
def test_only_where(subject: str, first: str, where: bool) -> None:
    assert only_where(subject, first) is where


def test_the_thing_the_lead_is_about_over_where() -> None:
    used = {"cleveland metroparks zoo"}
    assert past_where("Cleveland Metroparks Zoo", [ZOO], ZOO_TEXTS, "en", used) == "Cheetah Exhibit"
    assert used == {"cheetah exhibit"}  # the zoo stays free for a group


def test_a_subject_that_is_the_lead_s_own_stays() -> None:
    first = "Vietnam offers an undisputed sensory overload to visitors on scooters."
    assert past_where("Vietnam", [first], [first, "Vietnam is busy."], "en", set()) == "Vietnam"


def test_another_name_does_not_stand_for_the_place() -> None:
    """The next phrase a capitalized name ("Nepal"): the place keeps its title."""
    first = "As the earth shook in Nepal, tremors were felt over the border in India as well."
    texts = [first, "Nepal was hit hard. Nepal asked for help.", "India sent aid to Nepal."]
    assert past_where("India", [first], texts, "en", set()) == "India"


@pytest.mark.parametrize(
    ("index", "title"),
    [
        (99, "Key points: Cheetah Exhibit"),  # "falling into a cheetah exhibit at the Cleveland Metroparks Zoo"
        (109, "Key points: Pesticide Exposure"),  # "perhaps from pesticide exposure ... to the U.S. Virgin Islands"
    ],
)
def test_real_articles_say_what_happened_not_where(index: int, title: str) -> None:
    """en-cnndm records whose overview was the place before."""
    assert shared_group_titles("en-cnndm.jsonl", index)[0] == title


SHIP = (
    "Up to 2500 passengers are stranded on a cruise ship, the Carnival Spirit, outside Sydney Harbour "
    "as waves of more than nine metres batter it."
)
SHIP_TEXTS = [
    SHIP,
    "The Carnival Spirit was due to dock at 7:15. Passengers on the Carnival Spirit filmed the swell.",
    "Carnival Cruise Lines said the Carnival Spirit could not enter Sydney Harbour.",
    "The Carnival Spirit will sail once the port reopens.",
]


def test_a_name_said_more_than_the_place_stands_where_no_thing_does() -> None:
    """The next phrase a name ("Carnival Spirit"): the lead's name the article says more often
    than the place, in more paragraphs, takes the title."""
    used = {"sydney harbour"}
    assert past_where("Sydney Harbour", [SHIP], SHIP_TEXTS, "en", used) == "Carnival Spirit"
    assert used == {"carnival spirit"}


def test_a_name_said_no_more_than_the_place_does_not_stand() -> None:
    texts = [SHIP, "Sydney Harbour was closed.", "Sydney Harbour reopened today."]
    assert past_where("Sydney Harbour", [SHIP], texts, "en", set()) == "Sydney Harbour"


def test_the_cruise_ship_not_the_harbour_outside_which_it_is_stranded() -> None:
    """en-cnndm record 19: the article names the ship twelve times, the harbour five."""
    assert shared_group_titles("en-cnndm.jsonl", 19)[0] == "Key points: Carnival Spirit"


def test_a_place_a_later_lead_sentence_writes_only_as_where_gives_way() -> None:
    """en-cnndm record 103: "in Santa Monica, Los Angeles" in the lead's second sentence, under a
    first that says what the clip is not ("It's not intended to be a safety video"); the kind
    then takes what befell it (`en_overview_kind`)."""
    assert shared_group_titles("en-cnndm.jsonl", 103)[0] == "Key points: Longboarder's Crash"


@pytest.mark.parametrize(
    ("subject", "first", "where"),
    [
        ("Los Angeles", "The skater sails down a slope in Santa Monica, Los Angeles, before he falls.", True),
        ("Blizerian", "Then in December, Blizerian was arrested.", False),  # no place: a date's comma
    ],
)
def test_only_where_after_a_narrower_place(subject: str, first: str, where: bool) -> None:
    assert only_where(subject, first) is where


@pytest.mark.parametrize(
    ("second", "where"),
    [
        ("Footage shows him falling on a slope in Santa Monica, Los Angeles, on Monday.", True),
        # no narrower place before it: left to the steps after ("at the Duncan's District Court")
        ("Footage shows him falling on a slope in Los Angeles on Monday.", False),
    ],
)
def test_a_later_lead_sentence_s_place_counts_as_the_wider_of_two(second: str, where: bool) -> None:
    first = "It is not meant to be a safety video."
    assert _only_where_in_lead("Los Angeles", [first, second]) is where
