"""A title one bullet's side detail names gives way to a title built from the group's words
(`text/en_title_built.py`): a named work the group's bullets are about ("Instagram Account" →
"'Wil Can Fly' Photo Series"), or the group's one person's deed ("Adeli's Arrest"). A title two
bullets say, a quoted description, a person's nickname and a thing one bullet alone says keep
their title; the work's name may stand beside another group's title of a word of it. Small cases
written after en-cnndm briefs, and the brief of an en-cnndm article itself."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import data_lines
from citebrief.text.en_overview_deed import grounded
from citebrief.text.en_title_built import built_title
from citebrief.text.en_work_names import named_works, work_grounded
from conftest import shared_group_titles

PHOTOS = [
    "The father created a photo series called 'Wil Can Fly' in which the toddler appears to be flying.",
    "Lawrence, who began taking the photos when Wil was just months old, created the illusion.",
    "He posted the photos on his blog and later on his Instagram account.",
]
ARREST = [
    "Jafar Adeli was arrested at a bus station in Leeds on Monday.",
    "Adeli said he had fled his home country two years ago.",
    "A spokesman said the Home Office would not comment on individual cases.",
]
CONTEXT = ["Asylum seeker Jafar Adeli is 34.", "Alan Lawrence is a photographer."]


def _title(bullets: list[str], title: str, used: set[str] | None = None) -> str:
    given = set(used or set()) | {title.casefold()}
    return built_title(bullets, bullets, bullets + CONTEXT, given, title)


def test_a_named_work_the_bullets_are_about_titles_the_group() -> None:
    used = {"instagram account", "wil"}
    title = built_title(PHOTOS, PHOTOS, PHOTOS + CONTEXT, used, "Instagram Account")
    assert title == "'Wil Can Fly' Photo Series"
    assert used == {"'wil can fly' photo series", "wil"}  # another group's "Wil" may stand beside it


def test_the_group_persons_deed_titles_the_group() -> None:
    assert _title(ARREST, "Bus Station") == "Adeli's Arrest"
    assert _title(ARREST, "Bus Station", {"jafar adeli's arrest"}) == "Bus Station"  # the overview's already


def test_a_title_two_bullets_say_stays() -> None:
    assert _title(PHOTOS, "Photos") == "Photos"
    assert _title(PHOTOS, "Lawrence's Photos") == "Lawrence's Photos"


def test_a_thing_one_bullet_alone_says_is_no_title() -> None:
    bullets = [PHOTOS[0], "The toddler was born in October 2013.", "He hopes to raise awareness."]
    assert _title(bullets, "Awareness") == "Awareness"


def test_a_list_item_of_a_named_work_gives_way_to_the_work() -> None:
    # written for the test: "Harbour Bridge" is one item of the plan's list, said in one bullet
    plan = [
        "The mayor said the city could not afford another year of delays.",
        "The plan, entitled 'Better Streets', includes calls for more buses, wider pavements, "
        "repairing the Harbour Bridge and cheaper parking.",
        "Critics said the mayor had promised the same before the last election.",
    ]
    assert _title(plan, "Harbour Bridge") == "'Better Streets' Plan"
    # an item another bullet writes too, or one written in the bullet's own right, stays
    again = [*plan, "Work on the Harbour Bridge is due to start in May."]
    assert _title(again, "Harbour Bridge") == "Harbour Bridge"
    own = [plan[0], "The plan, entitled 'Better Streets', puts the Harbour Bridge first.", plan[2]]
    assert _title(own, "Harbour Bridge") == "Harbour Bridge"


def test_a_quoted_description_or_a_nickname_is_no_name() -> None:
    kite = [
        "The kite, dubbed 'centipede with a dragon's head', was set to fly at the festival.",
        "The kite is made from 2,000 separate pieces.",
    ]
    assert _title(kite, "Festival") == "Festival"
    man = ["A man called 'The Beast' was seen.", "The man was later found by the police."]
    assert _title(man, "Police") == "Police"  # a person, no work
    dog = ["The family adopted a puppy called 'Max' last year.", "The puppy now sleeps in their bed."]
    assert _title(dog, "Bed") == "Bed"  # an animal, no work
    clause = ["The boat that was called 'Sea Star' sank.", "The boat was later found by the coast guard."]
    assert _title(clause, "Coast Guard") == "Coast Guard"  # no "'Sea Star' Boat That Was"


def test_a_built_work_stands_on_the_text_that_names_it() -> None:
    assert work_grounded("'Wil Can Fly' Photo Series", PHOTOS)
    assert grounded("'Wil Can Fly' Photo Series", PHOTOS)  # as bench/brief_checks.py reads titles
    assert not grounded("'Wil Can Fly' Photo Series", PHOTOS[1:])
    assert not grounded("'Wil Can Fly' Blog", PHOTOS)
    assert not work_grounded("Adeli's Arrest", ARREST)


def test_a_work_is_a_name_after_its_thing() -> None:
    assert named_works(PHOTOS[0]) == [("photo series", "Wil Can Fly")]
    assert named_works("He released an album titled 'I Made a Vow'.") == [("album", "I Made a Vow")]
    assert named_works("The boat that was called 'Sea Star' sank.") == []  # a clause, no thing
    assert named_works("A 29-minute video, titled 'Until It Came To Them Clear Evidence', ran.") == []  # too long


def test_the_verbs_of_naming_are_a_table() -> None:
    assert {"called", "titled", "entitled", "dubbed"} <= set(data_lines("en_built_naming.tsv"))
    assert "nicknamed" not in data_lines("en_built_naming.tsv")  # people and animals


@pytest.mark.parametrize("verb", data_lines("en_built_naming.tsv"))
def test_each_verb_of_naming_names_a_work(verb: str) -> None:
    assert named_works(f"The father created a photo series {verb} 'Wil Can Fly' last year.") == [
        ("photo series", "Wil Can Fly")
    ]


@pytest.mark.parametrize("being", data_lines("en_named_beings.tsv"))
def test_each_named_being_is_no_work(being: str) -> None:
    # written for the test: without the row, "'Max' <Being>" would title a group about the being
    bullets = [f"They took their {being} called 'Max' to the show last year.", f"Their {being} now sleeps in the bed."]
    assert named_works(bullets[0]) == [(being, "Max")]
    assert _title(bullets, "Show") == "Show"


def test_an_en_cnndm_photo_series_group() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 125)
    assert "'Wil Can Fly' Photo Series" in titles
    assert "Instagram Account" not in titles
    assert "Wil" in titles  # the next group keeps its title
