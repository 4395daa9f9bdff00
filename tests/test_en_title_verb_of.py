"""An English title glued across a verb's object and the "of" phrase the verb takes keeps the
half its group's bullets say more (`text/en_title_verb_of.py`), and the English titles' last
mends run in one place (`text/en_title_last_mends.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import data_lines
from citebrief.text.en_title_last_mends import mended_title
from citebrief.text.en_title_verb_of import between_words, object_of_verbs, verb_of_title
from conftest import shared_group_titles

CHARGE = "The federation insists it never accused Caf nor Mauritian referee John Smith of corruption."
SPOKE = '"We never spoke of corruption because we had no evidence," he said.'
BIAS = "Parents have criticised the reports and accused inspectors of bias."


def test_the_verb_list_is_lower_case_forms_without_adjective_readings() -> None:
    verbs = object_of_verbs()
    assert {"accused", "robbed", "reminded"} <= verbs
    assert all(v == v.lower() and " " not in v for v in verbs)
    assert not {"suspected", "clear", "convicted"} & verbs  # "suspected cases of Ebola" is a noun phrase


def test_the_half_more_bullets_say_is_the_title() -> None:
    used = {"john smith of corruption"}
    assert verb_of_title("John Smith of Corruption", [CHARGE, SPOKE], [CHARGE, SPOKE], used) == "Corruption"
    assert used == {"corruption"}


def test_the_object_on_a_tie() -> None:
    assert verb_of_title("Inspectors of Bias", [BIAS], [BIAS], set()) == "Inspectors"


def test_a_half_another_title_holds_gives_the_other() -> None:
    assert verb_of_title("Inspectors of Bias", [BIAS], [BIAS], {"inspectors"}) == "Bias"


def test_a_name_with_of_stays() -> None:
    text = "The Bank of England accused lenders of greed."
    assert verb_of_title("Bank of England", [text], [text], set()) == "Bank of England"
    rate = "Ministers accused the Bank of England of delay."  # "England" is a name: no charge
    assert verb_of_title("Bank of England", [rate], [rate], set()) == "Bank of England"


def test_no_verb_or_a_clause_between_stays() -> None:
    plain = "Inspectors of schools visited on Monday."
    assert verb_of_title("Inspectors of Schools", [plain], [plain], set()) == "Inspectors of Schools"
    clause = "He reminded them that inspectors of schools visit often."
    assert verb_of_title("Inspectors of Schools", [clause], [clause], set()) == "Inspectors of Schools"


@pytest.mark.parametrize("word", data_lines("en_verb_of_between.tsv"))
def test_each_between_word_may_stand_between_the_verb_and_the_title(word: str) -> None:
    assert word in between_words()
    text = f"Parents accused {word} inspectors of bias."
    assert verb_of_title("Inspectors of Bias", [text], [text], set()) == "Inspectors"
    clause = "Parents accused that inspectors of bias."  # a stop word of no row: a clause of its own
    assert verb_of_title("Inspectors of Bias", [clause], [clause], set()) == "Inspectors of Bias"


def test_a_title_written_once_as_a_thing_stays() -> None:
    texts = [BIAS, "The inspectors of bias were a new panel."]  # the other place names a thing
    assert verb_of_title("Inspectors of Bias", [BIAS], texts, set()) == "Inspectors of Bias"


def test_the_last_mends_read_an_overviews_subject() -> None:
    used = {"inspectors of bias"}
    overview = mended_title("Key points: Inspectors of Bias", [BIAS], [BIAS], used, composed=True)
    assert overview == "Key points: Inspectors"
    assert mended_title("Inspectors of Bias", [BIAS], [BIAS], set(), composed=False) == "Inspectors"
    assert mended_title("No label", [BIAS], [BIAS], set(), composed=True) == "No label"


def test_real_titles_name_no_charge_as_a_thing() -> None:
    # was "Rajindraparsad Seechurn of Corruption" of "accused … Rajindraparsad Seechurn of corruption"
    assert "Corruption" in shared_group_titles("en-xsum.jsonl", 1)
    # was "Inspectors of Bias" of "accused inspectors of bias"
    assert "Inspectors" in shared_group_titles("en-xsum.jsonl", 13)
