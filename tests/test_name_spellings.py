"""Two spellings of a given name one letter apart are one name (`text/name_spellings.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.name_spellings import one_letter_apart


@pytest.mark.parametrize(
    ("written", "given"),
    [("Liana", "Lianna"), ("Lianna", "Liana"), ("Katharine", "Katherine"), ("Phillip", "Philip"), ("Jonn", "John")],
)
def test_one_letter_added_dropped_or_changed_is_the_same_name(written: str, given: str) -> None:
    assert one_letter_apart(written, given)


@pytest.mark.parametrize(
    ("written", "given"),
    [
        ("Lianna", "Lianna"),  # the same spelling: no variant to forgive
        ("Dan", "Don"),  # short names a letter apart are as often two people
        ("Stephen", "Steven"),  # two letters apart
        ("Maria", "Lianna"),
        ("", "Lianna"),
        ("Mary-Jo", "Mary-Joe"),  # not a plain word
    ],
)
def test_other_names_are_not_one_letter_apart(written: str, given: str) -> None:
    assert not one_letter_apart(written, given)
