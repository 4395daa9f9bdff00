"""An English title cut out of a longer name the article writes whole takes the whole name, or
takes the person it ends on where it is cut out of a name joined by "and" (`text/en_title_cut_name.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_title_cut_name import cut_name_title
from citebrief.text.en_title_last_mends import mended_title
from conftest import shared_group_titles

MUSEUM = "She chose 25 images from the National Museums Liverpool's collections for the show."
SEAT = "Brecon and Radnorshire Conservative MP Chris Davies condemned the closure of the base."


def test_a_things_name_cut_at_its_front_takes_the_whole_name() -> None:
    used = {"museums liverpool", "exhibition"}
    assert cut_name_title("Museums Liverpool", [MUSEUM], used) == "National Museums Liverpool"
    assert "national museums liverpool" in used
    assert "museums liverpool" not in used


def test_a_title_cut_from_a_name_joined_by_and_takes_the_person_it_names() -> None:
    used = {"radnorshire conservative mp chris davies"}
    title = mended_title("Key points: Radnorshire Conservative MP Chris Davies", [SEAT], [SEAT], used, composed=True)
    assert title == "Key points: Chris Davies"
    assert used == {"chris davies"}


def test_a_joined_name_that_fits_five_words_is_the_title() -> None:
    text = "The Dumfries and Galloway Health Board met on Monday."
    assert cut_name_title("Galloway Health Board", [text], set()) == "Dumfries and Galloway Health Board"


@pytest.mark.parametrize(
    ("title", "texts"),
    [
        # a joined name's overflow naming no person
        (
            "Radnorshire Conservative Association Office Team",
            ["Staff of Brecon and Radnorshire Conservative Association Office Team left."],
        ),
        # a list's second name
        ("Manchester City", ["City lost to top-six rivals Arsenal and Manchester City in May."]),
        # no "the" before the front: a place or a role qualifies a person, it is no name's front
        ("Ali Carter", ["Sheffield Ali Carter won the final."]),
        ("David Robinson", ["Judge David Robinson said so."]),
        ("Museums Liverpool", [MUSEUM, "Museums Liverpool runs seven venues."]),  # not the same front everywhere
        ("Federal Prosecutor's Office", ["The German federal prosecutor's office confirmed the arrest."]),  # lower case
        ("iPhone App", ["A code is sent via Apple's Find My iPhone app."]),  # a front of stop words or an owner
    ],
)
def test_a_title_with_no_whole_name_to_take_stays(title: str, texts: list[str]) -> None:
    assert cut_name_title(title, texts, set()) == title


def test_a_one_word_title_after_the_names_front_takes_it() -> None:
    assert cut_name_title("Board", ["The Health Board met."], set()) == "Health Board"


def test_a_whole_name_another_title_holds_is_not_taken() -> None:
    used = {"museums liverpool", "national museums liverpool's collections"}
    assert cut_name_title("Museums Liverpool", [MUSEUM], used) == "Museums Liverpool"


def test_real_titles_name_whole_names() -> None:
    # was "Radnorshire Conservative MP Chris Davies", cut from "Brecon and Radnorshire …"
    assert shared_group_titles("en-xsum.jsonl", 29)[0] == "Key points: Chris Davies"
    # was "Museums Liverpool", cut from "the National Museums Liverpool's collections"
    assert "National Museums Liverpool" in shared_group_titles("en-xsum.jsonl", 90)


def test_a_name_joined_by_an_ampersand_keeps_it() -> None:
    text = "Staff at Barking & Dagenham Borough Council were told on Friday."
    assert cut_name_title("Dagenham Borough Council", [text], set()) == "Barking & Dagenham Borough Council"
