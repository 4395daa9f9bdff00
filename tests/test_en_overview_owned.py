"""An English overview titled by one person's name alone takes what the lead bullet's first
"his"/"her" says is theirs: "Quill's New Contract", not "Quill" (`text/en_overview_owned.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_overview_owned import labelled_owned, overview_owned, owned_phrase

LEAD = "The 24-year-old joined the Rovers from Dunmore in 2019 and his new contract runs until 2027."
TEXTS = [LEAD, "Quill has scored nine goals this season.", '"He is a fine striker," said the coach.']


def test_name_takes_what_the_lead_says_is_theirs() -> None:
    used = {"quill"}
    assert overview_owned("Quill", [LEAD], TEXTS, used) == "Quill's New Contract"
    assert {"quill's new contract", "new contract"} <= used


def test_labelled_overview_keeps_its_label() -> None:
    """The name may come only from `followed_overview`, once "Key points: " is on the title."""
    assert labelled_owned("Key points: Quill", [LEAD], TEXTS, set()) == "Key points: Quill's New Contract"
    assert labelled_owned("Key points: Dunmore", [LEAD], TEXTS, set()) == "Key points: Dunmore"
    assert labelled_owned("Quill", [LEAD], TEXTS, set()) == "Quill"  # no label: not an overview's finished title


def test_lead_naming_the_person_with_a_known_given_name() -> None:
    lead = "Thomas Quill made his league debut against Dunmore on Saturday."
    assert overview_owned("Thomas Quill", [lead], [lead, "Quill scored twice."], set()) == "Thomas Quill's League Debut"


@pytest.mark.parametrize(
    ("after", "phrase"),
    [
        ("new contract runs until 2027", "new contract"),  # "runs" is its verb
        ("NI debut in March", "NI debut"),
        ("second first-class century.", "second first-class century"),
        ("son David to safety", ""),  # kin
        ("interest in becoming coach", ""),  # the story is what follows it
        ("berating an employee", ""),  # no noun
        ("last season", ""),  # a time
        ("brand new shiny racing car", ""),  # longer than three words
    ],
)
def test_owned_phrase(after: str, phrase: str) -> None:
    assert owned_phrase(after) == phrase


def test_her_before_a_verb_is_no_owner() -> None:
    assert owned_phrase("go from 60kg to 50kg", her=True) == ""  # "helped her go": an object
    assert owned_phrase("lose weight fast") == ""  # a verb before the noun
    assert owned_phrase("debut album", her=True) == "debut album"


@pytest.mark.parametrize(
    ("subject", "lead", "texts"),
    [
        # "his" after a preposition: the lead is about something else
        ("Quill", "The 24-year-old left at the end of his new contract.", TEXTS),
        # another person named before it: whose contract?
        ("Quill", "Midfielder Ann Baxter said his new contract runs until 2027.", [*TEXTS, "Ann Baxter agreed."]),
        # the sex disagrees: "her" is someone else's
        ("Thomas Quill", "Thomas Quill praised the Queen and her new palace garden.", TEXTS),
        # no name and no person by kind before it
        ("Quill", "It emerged on Monday that his new contract runs until 2027.", TEXTS),
        # the article writes "she" too: "his" may be anyone's
        ("Quill", LEAD, [*TEXTS, "She said the club was pleased."]),
    ],
)
def test_possessive_that_may_be_someone_elses_stays(subject: str, lead: str, texts: list[str]) -> None:
    assert overview_owned(subject, [lead], [lead, *texts], set()) == subject


def test_title_given_already_stays() -> None:
    assert overview_owned("Quill", [LEAD], TEXTS, {"quill's new contract"}) == "Quill"
