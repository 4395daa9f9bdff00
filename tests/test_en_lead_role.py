"""An English overview subject loses a capitalised role before a person's full name
(`text/en_lead_role.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_lead_role import past_role
from conftest import shared_group_titles

_TEXTS = [
    "Scientologist John Travolta is not a fan of the film.",
    "Travolta said he had not seen it.",
    "Travolta called the church brilliant, and Travolta's wife agreed.",
]


def test_a_capitalised_role_before_a_full_name_goes() -> None:
    assert past_role("Scientologist John Travolta", _TEXTS) == "John Travolta"


@pytest.mark.parametrize(
    ("subject", "texts"),
    [
        ("John Travolta", _TEXTS),  # no role
        ("Scientologist John Travolta", _TEXTS[:1]),  # the article never names him again by surname
        ("Van De Ven", ["Van De Ven took a photo.", "Ven said so.", "Ven was there.", "Ven left."]),
        ("Ethnic Minority Population", ["The Ethnic Minority Population will double."]),  # no person
    ],
)
def test_other_subjects_stay(subject: str, texts: list[str]) -> None:
    assert past_role(subject, texts) == subject


def test_shared_article_overview_names_the_person() -> None:
    assert shared_group_titles("en-cnndm.jsonl", 17)[0] == "Key points: John Travolta"
