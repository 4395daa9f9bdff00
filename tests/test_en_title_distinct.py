"""An English group title whose head repeats another title of the brief ("Concrete Arrows" under
"Giant Arrows", "Capture" beside "Arrest") gives way to a noun two bullets say that no other title
says (`en_title_distinct.distinct_title`); names, parallel pairs and groups with no such noun keep
their titles. Small cases written after en-cnndm briefs, and two readers' briefs."""

from __future__ import annotations

from citebrief.text.en_title_distinct import distinct_title, repeated
from conftest import shared_group_titles

ARROWS = [
    "The concrete arrows were placed at the base of lit beacons near airways, showing pilots the way.",
    "Painted bright yellow and placed alongside a beacon with a gas light, the markers could be seen for miles.",
    "By 1929, the arrows could direct flights all the way across the width of America.",
]
TEXT = ["These giant arrows were once markers for early airmail flights.", *ARROWS]


def test_a_head_of_one_family_or_a_synonym_repeats() -> None:
    assert repeated("Concrete Arrows", "key points: giant arrows", TEXT)
    assert repeated("Nation's Population", "immigrant population", ["the immigrant population grew"])
    assert repeated("Adeli's Arrest", "jafar adeli's capture", ["Adeli was arrested by police."])
    assert repeated("Regular Customers", "frequent visitors", ["customers and visitors came back"])


def test_names_and_parallel_pairs_are_no_repeats() -> None:
    family = ["Louis Jordan was found at sea. His father Frank Jordan said he never gave up hope."]
    assert not repeated("Frank Jordan", "louis jordan", family)
    nurses = ["A nurse said Dr Manohar touched her. Nurse A told the tribunal. Nurse B agreed."]
    assert not repeated("Nurse B's Allegations", "nurse a", nurses)
    assert not repeated("Prom Banner", "prom proposals", ["a prom banner and prom proposals"])
    # a word both titles modify their heads with: two strands of one subject
    assert not repeated("Current Immigration Policy", "immigrant population", ["immigrant population and policy"])


def test_a_repeating_title_takes_the_noun_two_bullets_say() -> None:
    used = {"giant arrows", "concrete arrows"}
    assert distinct_title(ARROWS, ARROWS, TEXT, used, "Concrete Arrows") == "Beacons"
    assert "beacons" in used and "concrete arrows" not in used


def test_a_title_that_repeats_nothing_stays() -> None:
    used = {"airmail flights", "concrete arrows"}
    assert distinct_title(ARROWS, ARROWS, TEXT, used, "Concrete Arrows") == "Concrete Arrows"


def test_a_modifier_an_act_or_a_role_is_no_title() -> None:
    fighters = [
        "The number of foreign terrorist fighters has risen sharply, the panel said.",
        "A defeat could scatter foreign terrorist fighters across the world, the panel said.",
        "The terrorist goal is public panic, the panel said.",
    ]
    used = {"foreign fighters", "foreign terrorist fighters"}
    title = distinct_title(fighters, fighters, fighters, used, "Foreign Terrorist Fighters")
    assert title == "Foreign Terrorist Fighters"  # not "Terrorist" of "terrorist fighters", nor "Panel"


def test_the_readers_briefs_say_what_the_group_adds() -> None:
    arrows = shared_group_titles("en-cnndm.jsonl", 28)  # the concrete arrows that guided airmail pilots
    assert "Beacons" in arrows and "Concrete Arrows" not in arrows
    bank = shared_group_titles("en-cnndm.jsonl", 72)  # RBS's losses since the taxpayers' bail-out
    assert "Blow to Taxpayers" in bank and "Banks" not in bank  # "Taxpayers", then what befell them (en_title_people)
    adeli = shared_group_titles("en-cnndm.jsonl", 2)  # no noun two bullets say: "Adeli's Arrest" stays
    assert "Adeli's Arrest" in adeli


def test_kinds_of_the_storys_thing_keep_their_titles() -> None:
    # divorce papers served online: "Law of Service", "Alternate Service", "Online Service" under "Service of
    # Divorce Papers" are the story's thing and its kinds; "Defendants" in place of one read worse (read 39z)
    titles = shared_group_titles("en-cnndm.jsonl", 167)
    assert "Alternate Service" in titles and "Defendants" not in titles


SCHOOLS = [
    "Ministers asked inspectors to prepare cases for prosecution against unregistered schools they found.",
    "For a prosecution to be brought against an unregistered school, the minister has to give consent.",
    "The consultation on further regulation runs until mid-January.",
]


def test_a_title_joined_to_which_one_keeps_its_complement() -> None:
    # the noun cut from "noun + against/to/with/over + which one" names less than the title: "Prosecution"
    # under "Illegal Schools" says nothing of whom (en_title_modified builds such titles; "of" ones kept before)
    used = {"illegal schools", "prosecution against unregistered schools"}
    title = "Prosecution against Unregistered Schools"
    assert distinct_title(SCHOOLS, SCHOOLS, SCHOOLS, used, title) == title


def test_the_prosecution_of_illegal_schools_keeps_whom() -> None:
    titles = shared_group_titles("en-xsum.jsonl", 76)  # Ofsted's illegal schools; prosecution needs consent
    assert "Prosecution against Unregistered Schools" in titles and "Prosecution" not in titles
