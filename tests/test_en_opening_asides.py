"""A phrase the lead says only inside an opening participle phrase weighs less as a subject."""

from __future__ import annotations

from citebrief.text.en_opening_asides import OPENING_ASIDE_FACTOR, opening_aside

LEAD = [
    "A video captures a ride on the highest railway in Europe, the Jungfrau.",
    "Opening in a tunnel built into a Swiss mountain, the train careers towards the light.",
]


def test_a_phrase_said_only_in_an_opening_participle_phrase_is_an_aside() -> None:
    assert opening_aside("Swiss mountain", LEAD) == OPENING_ASIDE_FACTOR


def test_a_phrase_said_in_a_main_clause_too_keeps_its_weight() -> None:
    assert opening_aside("Jungfrau", LEAD) == 1.0
    assert opening_aside("tunnel", [*LEAD, "The tunnel is 7km long."]) == 1.0
    assert opening_aside("light", LEAD) == 1.0  # after the comma: the sentence's own event
    assert opening_aside("Swiss mountain", ["The Swiss mountain, opening in a tunnel, rose."]) == 1.0
