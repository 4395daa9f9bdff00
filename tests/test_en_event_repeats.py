"""One incident told twice in an English news brief is told once: two bullets saying one
incident of `data/en_repeat_events.tsv` in one place no other bullet names give way, the later
unless its group would keep one bullet or the next bullet leans on it
(`engines/en_event_repeats.py`). en-cnndm 176 and cases cut from it; parallel incidents stay."""

from __future__ import annotations

from citebrief.engines.en_event_repeats import incidents, same_incident
from conftest import cnndm_groups

DELHI_SHORT = "A New Delhi driver was accused of raping a passenger in December"
DELHI_FULL = (
    "An Indian woman said her driver raped her in New Delhi, leading to outcries and a temporary ban of Uber "
    "in that city"
)
BOSTON = "It came days after a driver was charged in Boston with raping a young woman"
SUITS_SHORT = "Lawsuits have been brought against Uber in San Francisco and Los Angeles"
SUITS_FULL = (
    "The cities of San Francisco and Los Angeles are both suing the company for 'misleading the public' by failing "
    "to conduct thorough backgrounds checks"
)


def test_every_incident_form_is_lower_case_and_one_incidents() -> None:
    forms = incidents()
    assert forms["raping"] == "rape" and forms["suing"] == "lawsuit"
    assert all(form == form.lower() for form in forms)


def test_one_incident_in_one_place_is_the_same_incident() -> None:
    assert same_incident(DELHI_SHORT, DELHI_FULL)
    assert same_incident(SUITS_SHORT, SUITS_FULL)


def test_the_same_incident_in_another_place_is_another() -> None:
    assert not same_incident(DELHI_FULL, BOSTON)


def test_a_place_another_bullet_names_too_tells_nothing() -> None:
    assert not same_incident(DELHI_SHORT, DELHI_FULL, {"New Delhi"})


def test_one_place_with_no_incident_in_common_is_no_repeat() -> None:
    assert not same_incident(SUITS_SHORT, DELHI_FULL.replace("New Delhi", "San Francisco"))


def test_en_cnndm_176_tells_the_delhi_rape_and_the_lawsuits_once() -> None:
    bullets = [b for group in cnndm_groups(176) for b in group]
    assert sum("New Delhi" in b for b in bullets) == 1
    assert sum("San Francisco" in b for b in bullets) == 1
    assert any(b.startswith("An Indian woman said her driver raped her") for b in bullets)  # kept: Boston leans on it
