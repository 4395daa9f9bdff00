"""An English overview titled by a bare name whose lead says the person did something "after
making a ..." is titled by that deed (`text/en_overview_after_deed.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_overview_after_deed import after_deed, after_deed_phrase
from citebrief.text.en_overview_deed import grounded
from conftest import shared_group_titles


@pytest.mark.parametrize(
    ("lead", "phrase"),
    [
        ("Jo Smith found himself in bother at the Open after making a rude gesture during his match.", "rude gesture"),
        ("Striker Jo Smith was praised after performing a strange jig in Paris.", "strange jig"),
        ("Jo Smith won fans after giving a speech.", "speech"),
        ("Jo Smith was mocked after pulling off an audacious trick shot at the ground.", "audacious trick shot"),
        (
            "With the film out this week, Jo Smith showed off his suit in a serious-looking Instagram post.",
            "Instagram post",
        ),
        ("Jo Smith posted a video of himself performing a strange jig in front of the Arc.", "strange jig"),
        ("Jo Smith signed a letter saying he wanted to stay.", "letter"),
        ("Actor Jo Smith is selling his collection of antiques in a £100,000 auction.", "auction"),
        ("Jo Smith, 86, has written an open letter to the board.", "open letter"),
    ],
)
def test_the_lead_writes_the_deed_its_subject_did(lead: str, phrase: str) -> None:
    assert after_deed_phrase("Jo Smith", [lead]) == phrase


def test_the_next_sentence_may_show_the_deed() -> None:
    opening = [
        "Jo Smith is often called eccentric.",
        "After the forward posted a video of herself doing a jig, who'd doubt it?",
    ]
    assert after_deed_phrase("Jo Smith", opening) == "jig"
    assert after_deed_phrase("Jo Smith", [opening[0], "He was in Paris after making a film."]) == ""  # not the lead


@pytest.mark.parametrize(
    "lead",
    [
        "Jo Smith earned praise after calling out an online hater who mocked him.",  # the hater is no deed
        "As Leeds won and Jo Smith was happy after making a rude gesture.",  # a clause before the name
        "Police said Jo Smith was held after making a threat.",  # the name is no subject
        "Jo Smith was happy after making it to the final.",  # no "a" deed
        "Jo Smith made a rude gesture.",  # no "after" form: the deed readers' own
        "Jo Smith said he signed a letter.",  # another verb between: the letter is what he said
    ],
)
def test_no_deed_where_the_lead_writes_none_after(lead: str) -> None:
    assert after_deed_phrase("Jo Smith", [lead]) == ""


def test_the_title_is_the_name_s_deed_and_grounded() -> None:
    lead = "Jo Smith found himself in bother after making a rude gesture during his match."
    used = {"jo smith"}
    assert after_deed("Jo Smith", [lead], used) == "Jo Smith's Rude Gesture"
    assert used == {"jo smith's rude gesture"}
    assert grounded("Jo Smith's Rude Gesture", [lead])  # bench/brief_checks.py can ground it
    assert after_deed("Jo Smith's Arrest", [lead], set()) == "Jo Smith's Arrest"


@pytest.mark.parametrize(
    ("index", "title"),
    [
        (48, "Key points: Ronnie O'Sullivan's Rude Gesture"),  # was "Key points: Ronnie O'Sullivan"
        (55, "Key points: James Haskell's Instagram Post"),  # was "Key points: James Haskell"
        (172, "Key points: Emmanuel Adebayor's Strange Jig"),  # was "Key points: Emmanuel Adebayor"
        (183, "Key points: Lord Janner's Letter"),  # was "Key points: Lord Janner"
        (123, "Key points: Robert Hardy's Auction"),  # was "Key points: Robert Hardy"
    ],
)
def test_real_leads_title_the_deed_after_which_news_came(index: int, title: str) -> None:
    assert shared_group_titles("en-cnndm.jsonl", index)[0] == title
