"""Clubs and teams whose last word is a nickname or a city ("London Wasps", "Real Madrid") are
no persons: the club section of `data/en_non_person_heads.tsv`, read by `en_non_persons`
through `en_actors.is_person`. Read as persons, a pronoun after them was bracketed as the club's
and a team titled a group as a speaker (stop 230's readers). A name opening on "The" ("The
London Wasps") is no person's either (`en_actors._is_person`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_actors import is_person, person_key
from citebrief.text.en_non_persons import body_word

CLUB_HEADS = ("Wasps", "Rhinos", "Blues", "Madrid", "Munich", "Dortmund", "Union", "Utd")


@pytest.mark.parametrize(
    ("name", "texts"),
    [
        ("Real Madrid", ["Real Madrid beat Getafe 3-1.", "He said Real Madrid were the better side."]),
        ("Madrid", ["Real Madrid beat Getafe 3-1.", "Madrid play again on Sunday."]),
        ("Wasps", ["The London Wasps captain posted a video.", "Wasps won their last game."]),
        ("The London Wasps", ["The London Wasps captain posted a video."]),
        ("Leeds Rhinos", ["Leeds Rhinos winger Tom Hale scored twice."]),
        ("Bayern Munich", ["Bayern Munich drew at home on Saturday."]),
        ("Rugby Football Union", ["Rugby Football Union chiefs named the squad."]),
        ("Sheff Utd", ["Sheff Utd lost at home."]),
    ],
)
def test_a_club_is_no_person(name: str, texts: list[str]) -> None:
    assert not is_person(name, texts)


def test_a_club_word_said_alone_names_no_one() -> None:
    """ "Madrid" alone is the club's, not a surname read back to "Real"."""
    assert person_key("Madrid", ["Real Madrid beat Getafe 3-1.", "Madrid play again on Sunday."]) == ""


def test_a_person_the_article_marks_keeps_a_club_word_surname() -> None:
    """A title or an age before or after it still makes a person of the name."""
    assert is_person("Anna Wolves", ["Anna Wolves, 34, ran the club.", "Ms Wolves said it was hard."])


@pytest.mark.parametrize("word", CLUB_HEADS)
def test_club_words_are_listed(word: str) -> None:
    assert body_word(word)


@pytest.mark.parametrize(
    ("name", "texts"),
    [
        ("The Hubble Space", ["The Hubble Space telescope sent new images."]),
        ("The Churches Advertising Network", ["The Churches Advertising Network ran a poster."]),
        ("The Harry Potter", ["The Harry Potter author wrote a new book."]),
    ],
)
def test_a_name_opening_on_the_is_no_person(name: str, texts: list[str]) -> None:
    """A person's name never opens on "The": a run read from a sentence's start ("The London
    Wasps captain", "The Harry Potter author") names a body, a thing or a work."""
    assert not is_person(name, texts)
