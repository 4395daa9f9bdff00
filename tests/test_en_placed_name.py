"""A capitalized name after a preposition of place or time, or a day's or a month's name, is where or
when, not who (`text/en_placed_name.py`, `data/en_place_prepositions.tsv`)."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import data_lines
from citebrief.text.en_placed_name import placed_name


@pytest.mark.parametrize("preposition", data_lines("en_place_prepositions.tsv"))
def test_each_preposition_places_the_name_after_it(preposition: str) -> None:
    text = f"The team spoke {preposition} Dublin, the coach said."
    assert placed_name(text, text.index("Dublin"), "Dublin")
    opening = f"{preposition.capitalize()} Dublin, the coach said."
    assert placed_name(opening, 0, f"{preposition.capitalize()} Dublin")


def test_a_day_or_a_month_is_placed_and_a_person_is_not() -> None:
    assert placed_name("On Tuesday, the coach said.", 3, "Tuesday")
    assert placed_name("Late last March, the coach said.", 10, "March")
    text = "The squad was picked by Gatland, the Ireland coach."
    assert not placed_name(text, text.index("Gatland"), "Gatland")
    assert not placed_name("Roscosmos, the agency, said.", 0, "Roscosmos")
