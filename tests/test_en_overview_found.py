"""An English overview titled by what someone feared a find was is titled by what the lead says
it in fact was (`text/en_overview_found.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_overview_found import found_instead
from conftest import shared_group_titles


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        (
            "A cleaner who feared a body he found was a murder victim had in fact found a  600-year-old mummy.",
            "600-year-old Mummy",
        ),
        ("A walker who thought she saw a murder victim had actually found a shop dummy in the woods.", "Shop Dummy"),
        (
            "(CNN)A diver who feared he had seen a murder victim had really discovered an old statue, police said.",
            "Old Statue",
        ),
    ],
)
def test_what_was_in_fact_found_titles_the_overview(lead: str, title: str) -> None:
    used = {"murder victim"}
    assert found_instead("murder victim", lead, used) == title
    assert used == {title.casefold()}


@pytest.mark.parametrize(
    "lead",
    [
        "Police found a murder victim in the woods.",  # what was found is the subject itself
        "A murder victim was in fact found by a walker.",  # no "found a ..." after it
        "A cleaner had in fact found a 600-year-old mummy, after a murder victim scare.",  # the subject after it
        "A cleaner who feared a murder victim had in fact found a very old and very well kept Peruvian mummy.",  # long
    ],
)
def test_no_found_title_where_the_lead_does_not_say_what_it_in_fact_was(lead: str) -> None:
    assert found_instead("murder victim", lead, {"murder victim"}) == "murder victim"


def test_real_lead_titles_the_mummy() -> None:
    assert shared_group_titles("en-cnndm.jsonl", 25)[0] == "Key points: 900-year-old Mummy"  # was "Murder Victim"
