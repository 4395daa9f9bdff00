"""An English title cut out of a longer name the article writes whole takes the whole name, or
takes the person it ends on where it is cut out of a name joined by "and" (`text/en_title_cut_name.py`)."""

from __future__ import annotations

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


def test_a_joined_names_overflow_naming_no_person_stays() -> None:
    text = "Staff of Brecon and Radnorshire Conservative Association Office Team left."
    title = "Radnorshire Conservative Association Office Team"
    assert cut_name_title(title, [text], set()) == title


def test_a_joined_name_that_fits_five_words_is_the_title() -> None:
    text = "The Dumfries and Galloway Health Board met on Monday."
    assert cut_name_title("Galloway Health Board", [text], set()) == "Dumfries and Galloway Health Board"


def test_a_lists_second_name_stays() -> None:
    text = "City lost to top-six rivals Arsenal and Manchester City in May."
    assert cut_name_title("Manchester City", [text], set()) == "Manchester City"


def test_a_persons_name_after_a_qualifier_stays() -> None:
    # no "the" before the front: a place or a role qualifies a person, it is no name's front
    assert cut_name_title("Ali Carter", ["Sheffield Ali Carter won the final."], set()) == "Ali Carter"
    assert cut_name_title("David Robinson", ["Judge David Robinson said so."], set()) == "David Robinson"


def test_a_title_written_without_the_same_front_everywhere_stays() -> None:
    texts = [MUSEUM, "Museums Liverpool runs seven venues."]
    assert cut_name_title("Museums Liverpool", texts, set()) == "Museums Liverpool"


def test_a_title_written_in_lower_case_stays() -> None:
    text = "The German federal prosecutor's office confirmed the arrest."
    assert cut_name_title("Federal Prosecutor's Office", [text], set()) == "Federal Prosecutor's Office"


def test_a_front_of_stop_words_or_an_owner_is_no_name() -> None:
    text = "A code is sent via Apple's Find My iPhone app."
    assert cut_name_title("iPhone App", [text], set()) == "iPhone App"


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
