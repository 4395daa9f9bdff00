"""An English group title that opens on a word pointing back into its sentence ("Previous
Relationship", "Current Immigration Policy") loses the word where what is left names the group's
thing (`en_title_relative.relative_title`); a one-noun rest takes the owner a bullet writes it
with ("Their Relationship"), and stays where none does. Small cases written after en-cnndm
briefs, and those briefs' articles."""

from __future__ import annotations

import pytest

from citebrief.text.en_title_relative import kept_terms, relative_title, relative_words
from conftest import shared_group_titles

COUPLE = [
    "The pair began dating in January 2013 after meeting online.",
    "But six months into their relationship, John was diagnosed with Burkitt lymphoma.",
    "Lindsey, who has a young daughter from a previous relationship, quit her job.",
]
POLICY = [
    "Obama is trying to use executive powers to expand the programme.",
    "Without no change in current immigration policy, the population will reach 14.8 per cent.",
]


def test_the_data_holds_the_words_that_point_back() -> None:
    assert {"previous", "current"} <= relative_words()
    assert "prior" not in relative_words()  # "Prior Legal Agreement" (194) read better with it
    assert "former" not in relative_words()  # "Former President" names a person
    assert "current account" in kept_terms() and "current account" not in relative_words()


def test_a_term_that_opens_on_such_a_word_keeps_it() -> None:
    bullets = ["The current account deficit widened to 5 per cent.", "The current account deficit is a worry."]
    title = "Current Account Deficit"
    assert relative_title(bullets, bullets, bullets, set(), title) == title


def test_two_words_left_are_the_title() -> None:
    used = {"current immigration policy"}
    assert relative_title(POLICY, POLICY, POLICY, used, "Current Immigration Policy") == "Immigration Policy"
    assert "immigration policy" in used


def test_one_noun_left_takes_the_owner_another_bullet_writes() -> None:
    title = relative_title(COUPLE, COUPLE, COUPLE, {"previous relationship"}, "Previous Relationship")
    assert title == "Their Relationship"


def test_one_noun_the_bullet_writes_after_a_named_persons_his_takes_the_name() -> None:
    bullets = [
        "Adebayor has one year left to run on his current contract at White Hart Lane.",
        "He joined Spurs in 2011 from Manchester City, initially on loan.",
    ]
    texts = ["Striker Emmanuel Adebayor danced a strange jig.", *bullets]
    assert relative_title(bullets, texts, texts, set(), "Current Contract") == "Adebayor's Contract"


def test_one_noun_no_other_bullet_owns_stays() -> None:
    bullets = ["In a separate development, ISIS has announced rules for nurses.", "It plans a school of nursing."]
    assert relative_title(bullets, bullets, bullets, set(), "Separate Development") == "Separate Development"
    alone = [COUPLE[0], COUPLE[2]]  # "relationship" said by one bullet only
    assert relative_title(alone, alone, alone, set(), "Previous Relationship") == "Previous Relationship"


def test_a_title_without_such_a_word_or_taken_elsewhere_stays() -> None:
    assert relative_title(POLICY, POLICY, POLICY, set(), "Executive Powers") == "Executive Powers"
    used = {"current immigration policy", "immigration policy"}
    assert relative_title(POLICY, POLICY, POLICY, used, "Current Immigration Policy") == "Current Immigration Policy"


@pytest.mark.parametrize(
    ("index", "title", "former"),
    [
        (180, "Their Relationship", "Previous Relationship"),
        (18, "Immigration Policy", "Current Immigration Policy"),
        (172, "Adebayor's Contract", "Current Contract"),
    ],
)
def test_the_cnndm_briefs_drop_the_word(index: int, title: str, former: str) -> None:
    titles = shared_group_titles("en-cnndm.jsonl", index)
    assert title in titles and former not in titles
