"""An English overview titled by a name its lead never writes takes the kind the lead opens on,
where the article keeps calling the person so (`text/en_lead_kind_subject.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_lead_kind_subject import kind_subject, lead_kind
from conftest import shared_group_titles

_LEAD = "An Uber driver who stopped a shooting will not face any charges, a court has decided."
_TEXTS = [_LEAD, "Prosecutors say the driver shot a man.", "The driver fired six rounds at Jo Smith."]


@pytest.mark.parametrize(
    ("lead", "kind"),
    [
        (_LEAD, "Uber driver"),
        ("(CNN)A pub landlord who was convicted of drink driving has vowed to stop.", "pub landlord"),
        ("A 47-year-old man who shot a gunman walked free.", ""),  # an age: no kind a title carries
        ("A man and his son who were hurt are at home.", "man and his son"),
        ("The driver who shot a gunman walked free.", ""),  # "The": one the reader already knows
        ("A Jo Smith who shot a gunman walked free.", ""),  # a name, not a kind
    ],
)
def test_the_kind_the_lead_opens_on(lead: str, kind: str) -> None:
    assert lead_kind(lead) == kind


def test_a_name_the_lead_never_writes_gives_way_to_its_kind() -> None:
    used = {"jo smith"}
    assert kind_subject("Jo Smith", _LEAD, _TEXTS, used) == "Uber Driver"
    assert used == {"uber driver"}


@pytest.mark.parametrize(
    ("subject", "lead", "texts"),
    [
        ("Jo Smith", _LEAD.replace("a court", "Jo Smith's court"), _TEXTS),  # the lead writes the name
        ("Jo Smith", _LEAD.replace("a court", "Smith's court"), _TEXTS),  # or its surname
        ("Jo Smith", _LEAD, [_LEAD, "The driver fired."]),  # "the driver" once: not the article's name for him
        ("Jo Smith's Arrest", _LEAD, _TEXTS),  # a deed stands
        ("Shooting", _LEAD, _TEXTS),  # no name
    ],
)
def test_other_subjects_stand(subject: str, lead: str, texts: list[str]) -> None:
    assert kind_subject(subject, lead, texts, set()) == subject


def test_a_real_lead_is_titled_by_its_kind() -> None:
    assert shared_group_titles("en-cnndm.jsonl", 164)[0] == "Key points: Uber Driver"
