"""An English sentence that says the first sentence's point again in other words is no second key
point (engines/en_lead_restates.py, through scored.mmr_pick)."""

from __future__ import annotations

from citebrief.engines.en_lead_restates import restates_lead
from conftest import shared_groups

LEAD = "A cargo ship bound for the harbour will sink off the coast after its crew lost the engine, the captain said."


def test_a_reordered_retelling_restates_the_lead() -> None:
    text = "The cargo ship that lost its engine will sink off the coast within a day, the harbour crew said."
    assert restates_lead(text, LEAD)


def test_a_sentence_sharing_a_few_words_does_not() -> None:
    assert not restates_lead("The captain said the crew was safe on Monday.", LEAD)
    assert not restates_lead("", LEAD)


def test_a_sentence_with_much_more_of_its_own_does_not() -> None:
    text = (
        "The ship lost its engine off the coast, and the harbour's insurers, its owners in Oslo and two "
        "rescue charities asked the port authority for a full inquiry into its maintenance records."
    )
    assert not restates_lead(text, LEAD)


def test_cnndm_169_keeps_the_lead_and_the_danger_point() -> None:
    bullets = [text for group in shared_groups("en-cnndm.jsonl", 169) for text in group]
    assert bullets[0].startswith("An unmanned Russian spacecraft")
    assert not any(text.startswith("The spacecraft that lost contact") for text in bullets)
    assert any(text.startswith("The Progress vehicle does not present any danger") for text in bullets)
