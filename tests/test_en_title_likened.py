"""A title opening on a likening word ("Identical Study" of "an almost identical study,
published in 2009") gives way to the thing and its year (`text/en_title_likened.py`). Short
texts written for the rule."""

from __future__ import annotations

from citebrief.text.data_files import data_lines
from citebrief.text.en_title_likened import likened_title
from citebrief.text.en_title_steps import en_title_steps

SURVEY = [
    "In a nearly identical survey, carried out in May 2009, researchers at a northern college found that "
    "most towns would grow by 2040.",
    "The same team also said rents would rise faster than wages.",
]
TWINS = [
    "The identical twins were born in 2001 at the town hospital.",
    "Both girls later joined the same swimming club.",
]


def test_likening_rows_are_lower_case_words() -> None:
    rows = data_lines("en_likeness_words.tsv")
    assert rows and all(r == r.lower() and " " not in r for r in rows)


def test_a_likened_thing_takes_the_year_written_after_it() -> None:
    guard = {"identical survey"}
    assert likened_title(SURVEY, SURVEY, SURVEY, guard, "Identical Survey") == "2009 Survey"
    assert guard == {"2009 survey"}


def test_the_title_steps_date_a_likened_thing() -> None:
    assert en_title_steps(SURVEY, SURVEY, SURVEY, {"identical survey"}, "Identical Survey") == "2009 Survey"


def test_a_kind_stays() -> None:
    assert likened_title(TWINS, TWINS, TWINS, set(), "Identical Twins") == "Identical Twins"


def test_no_year_near_it_stays() -> None:
    texts = ["A similar case was heard last week, and the court sat again in 2014 after a long delay."]
    assert likened_title(texts, texts, texts, set(), "Similar Case") == "Similar Case"
    assert likened_title(texts, texts, texts, set(), "Same Time") == "Same Time"
