"""An English overview titled by a name alone takes the deed the lead's "He"/"She" sentences write
of that name: "Tom Smith's Sacking", not "Tom Smith" (`text/en_overview_pronoun_deed.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_overview_deed import deed_at
from citebrief.text.en_overview_pronoun_deed import pronoun_deed

OPENING = [
    "Tom Smith admitted taking money from the till over three years.",
    "He was given a fine at the magistrates court in May.",
    "He has now been sacked by the bank after a disciplinary hearing.",
    "The bank said it had written to its customers.",
]


def test_name_takes_the_deed_its_pronoun_chain_writes() -> None:
    used = {"tom smith"}
    assert pronoun_deed("Tom Smith", OPENING, OPENING, used) == "Tom Smith's sacking"
    assert {"tom smith's sacking", "tom smith"} <= used


def test_now_between_has_and_been_is_the_news() -> None:
    sentence = "He has now been sacked by the bank."
    assert deed_at(sentence, 0, 2) == "sacking"


@pytest.mark.parametrize(
    "opening",
    [
        # the other sex's pronoun: someone else
        [OPENING[0], "She was given a fine.", "She has now been sacked by the bank."],
        # a sentence between that opens otherwise breaks the chain: "He" may be anyone named there
        [OPENING[0], "The manager Tom Reed spoke to the court.", "He has now been sacked by the bank."],
        # the name does not open the lead's sentence
        ["A court heard how Tom Smith took money.", "He has now been sacked by the bank."],
        # a deed dated before the news
        [OPENING[0], "He was sacked in 2012 by another bank."],
    ],
)
def test_name_stays_where_the_pronoun_may_be_another(opening: list[str]) -> None:
    assert pronoun_deed("Tom Smith", opening, opening, set()) == "Tom Smith"


def test_name_of_no_known_sex_where_the_other_sex_is_written() -> None:
    opening = ["Jo Smith admitted the theft.", "He has now been sacked by the bank.", "Her lawyer spoke."]
    assert pronoun_deed("Jo Smith", opening, opening, set()) == "Jo Smith"
    assert pronoun_deed("Jo Smith", opening[:2], opening[:2], set()) == "Jo Smith's sacking"


def test_no_name_no_deed() -> None:
    assert pronoun_deed("Sacked Workers", OPENING, OPENING, set()) == "Sacked Workers"
