"""An English lead that opens on a famous person's kin or partner titles the overview by that
possessive, not by the famous name alone (`text/en_overview_kin_lead.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_overview_deed import grounded
from citebrief.text.en_overview_kin_lead import kin_lead
from conftest import shared_group_titles


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        ("(CNN)Jo Smith's ex-fiance is speaking out about their dispute.", "Jo Smith's Ex-fiance"),
        ("Jo Smith's estranged husband has filed for divorce.", "Jo Smith's Estranged Husband"),
        ("Jo Smith's daughter was spotted in Paris.", "Jo Smith's Daughter"),
    ],
)
def test_a_lead_opening_on_kin_titles_it(lead: str, title: str) -> None:
    used = {"jo smith"}
    assert kin_lead("Jo Smith", lead, used) == title
    assert used == {title.casefold()}
    assert grounded(title, [lead])  # bench/brief_checks.py can ground it


@pytest.mark.parametrize(
    "lead",
    [
        "Jo Smith's son and daughter were spotted in Paris.",  # two subjects
        "Police said Jo Smith's husband was arrested.",  # not the lead's opening
        "Jo Smith's new film is a hit.",  # no kin
        "Jo Smith has married.",  # no possessive
    ],
)
def test_no_kin_title_where_the_lead_does_not_open_on_one(lead: str) -> None:
    assert kin_lead("Jo Smith", lead, set()) == "Jo Smith"


@pytest.mark.parametrize(
    ("index", "title"),
    [(194, "Key points: Sofia Vergara's Ex-fiance")],  # was "Key points: Sofia Vergara"
)
def test_real_leads_title_the_kin_they_open_on(index: int, title: str) -> None:
    assert shared_group_titles("en-cnndm.jsonl", index)[0] == title
