"""English titles that say where or how far ("Right of the Fairway", "Feet"), not what: a cut piece."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import data_lines
from citebrief.text.en_title_pieces import cut_piece
from citebrief.text.en_title_position import POSITION_NOUNS, position_fragment
from conftest import shared_group_titles


@pytest.mark.parametrize("noun", data_lines(POSITION_NOUNS))
def test_each_position_noun_after_the_opens_a_fragment(noun: str) -> None:
    assert position_fragment(["to", "the"], [noun, "of", "the", "house"])
    assert cut_piece(f"{noun} of the house", (f"The ball stopped to the {noun} of the house.",))


def test_a_position_noun_not_after_the_is_no_fragment() -> None:
    assert not position_fragment(["lies"], ["north", "of", "Lucca"])  # a count's unit or none: left
    assert not position_fragment(["the"], ["Right", "of", "Reply"])  # a name's capitals
    assert not position_fragment(["the"], ["rest", "of", "the", "team"])  # not a place noun
    assert not position_fragment(["the"], ["right", "of", "way"][:2])  # too short to hold what it is beside


def test_a_unit_after_a_count_says_how_far() -> None:
    assert position_fragment(["45"], ["feet"])
    assert position_fragment(["two"], ["feet"])
    assert not position_fragment(["his"], ["feet"])
    assert cut_piece("feet", ("He had 45 feet to the flag.", "It settled 12 feet from the cup."))
    assert not cut_piece("feet", ("He landed on his feet.",))


def test_woods_birdies_are_not_titled_by_where_the_ball_lay() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 90)
    assert "Right of the Fairway" not in titles
    assert "Feet to the Flag" not in titles


def test_a_forestry_overview_is_not_titled_by_at_the_expense_of() -> None:
    overview = shared_group_titles("en-xsum.jsonl", 95)[0]
    assert "Expense of Trees" not in overview
    assert "Forestry" in overview
