"""A one-word name title widens to the longer name a bullet opens with it ("Venice Film
Festival", "Manga Messiah"), and no further than a name's end."""

from __future__ import annotations

from citebrief.text.en_title_name_front import name_front_title
from conftest import shared_group_titles

FILM = [
    "La La Land has enjoyed rave reviews since premiering at the Venice Film Festival in August.",
    "Stone, who won the best actress prize at Venice for her La La Land role, previously starred with Gosling.",
]
BOOK = [
    "The book containing its version of the nativity is called the Manga Messiah.",
    '"One third of all publications are in Manga form in Japan," adds Mr Lidal.',
]
CENTER = [
    "The Munich Documentation Center for the History of National Socialism charts the rise of the Nazi party.",
    "German Culture Minister Monika Gruetters praised the city for tackling the special role Munich played.",
]


def test_a_bare_name_takes_the_longer_name_a_bullet_opens_with_it() -> None:
    used = {"la la land", "venice"}
    assert name_front_title(FILM, FILM, FILM, used, "Venice") == "Venice Film Festival"
    assert used == {"la la land", "venice film festival"}
    assert name_front_title(BOOK, BOOK, BOOK, set(), "Manga") == "Manga Messiah"
    # a sentence's opening "The" is no word of the name
    assert name_front_title(CENTER, CENTER, CENTER, set(), "Munich") == "Munich Documentation Center"


def test_a_name_that_runs_on_or_names_another_thing_stays() -> None:
    tail = ["Fans gathered in Bavarian Munich Old Town Square for the parade."]
    assert name_front_title(tail, tail, tail, set(), "Munich") == "Munich"  # the tail of a name
    long = ["Plans for the Venice Biennale Art Exhibition Hall were shown."]
    assert name_front_title(long, long, long, set(), "Venice") == "Venice"  # cut out of a longer name
    dated = ["The race returns to Venice Monday after the storm."]
    assert name_front_title(dated, dated, dated, set(), "Venice") == "Venice"  # a day ends no name
    lower = ["She posed nude for Playboy magazine in 2007."]
    assert name_front_title(lower, lower, lower, set(), "Playboy") == "Playboy"  # no capitalized name
    assert name_front_title(FILM, FILM, FILM, {"venice film festival"}, "Venice") == "Venice"  # taken
    # the longer name must stand in the group's paragraphs, where the title check reads it
    assert name_front_title(FILM, BOOK, FILM, set(), "Venice") == "Venice"


def test_a_person_and_a_roundup_section_stay() -> None:
    person = ["Warren Gatland named his squad.", "Gatland Rugby Academy opened in 2010."]
    assert name_front_title(person, person, person, set(), "Gatland") == "Gatland"
    section = ["Championship Watford (home to Sheffield Wednesday) will be without Gomes."]
    assert name_front_title(section, section, section, set(), "Championship") == "Championship"


def test_the_shared_briefs_name_the_festival_and_the_book() -> None:
    assert "Venice Film Festival" in shared_group_titles("en-xsum.jsonl", 69)
    titles = shared_group_titles("en-xsum.jsonl", 78)
    assert "Manga Messiah" in titles and "Manga" not in titles
    assert "Munich Documentation Center" in shared_group_titles("en-cnndm.jsonl", 117)
