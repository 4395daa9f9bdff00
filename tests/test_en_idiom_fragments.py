"""A title cut from a set phrase of framing ("Real Terms" of "in real terms") names nothing: the
specific choice passes it over and the English title steps give it back for the choice they
started from (`text/en_idiom_fragments.py`). Small cases written for the rule, and the en-xsum
brief whose "Real Terms" blind readers marked."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import data_lines
from citebrief.text.en_idiom_fragments import idiom_fragment, idiom_fragments, idiom_free
from citebrief.text.title_choice import group_title
from conftest import shared_group_titles


def test_the_table_holds_lower_case_phrases_of_two_words() -> None:
    rows = data_lines("en_idiom_fragments.tsv")
    assert rows and all(r == r.lower() and len(r.split()) == 2 for r in rows)
    assert frozenset(rows) == idiom_fragments()


@pytest.mark.parametrize("row", data_lines("en_idiom_fragments.tsv"))
def test_each_row_is_a_fragment_in_title_case(row: str) -> None:
    assert idiom_fragment(row.title())
    assert not idiom_fragment(f"{row.title()} Cuts")  # a phrase that holds one names its head


def test_other_phrases_are_no_fragments() -> None:
    assert not idiom_fragment("Real Madrid")
    assert not idiom_fragment("Terms")
    assert not idiom_fragment("Discretionary Budget")


def test_the_choice_passes_a_fragment_over() -> None:
    bullets = [
        "Wages fell in real terms last year.",
        "In real terms, pay is lower than in 2008.",
        "Pay rose 2% but fell in real terms.",
    ]
    assert group_title(bullets, bullets, [*bullets, "The minister spoke on Monday."], "en", set()) == "Pay"


def test_the_steps_give_a_fragment_back_for_the_choice() -> None:
    used = {"real terms", "uk government"}
    assert idiom_free("Real Terms", "Discretionary Budget", used) == "Discretionary Budget"
    assert used == {"discretionary budget", "uk government"}
    assert idiom_free("Budget Cuts", "Discretionary Budget", {"budget cuts"}) == "Budget Cuts"
    taken = {"real terms", "discretionary budget plans"}  # another title holds the choice: kept as it is
    assert idiom_free("Real Terms", "Discretionary Budget", taken) == "Real Terms"


def test_xsum_94_budget_cuts_are_no_real_terms() -> None:
    titles = shared_group_titles("en-xsum.jsonl", 94)
    assert "Real Terms" not in titles
    assert "Discretionary Budget" in titles
