"""The person a sentence's subject names in apposition to a role (`en_appositive_subjects`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_appositive_subjects import appositive_subject


def test_the_name_set_off_after_a_role_is_the_subject() -> None:
    sentence = "The coroner at Exeter County Hall, Dr Elizabeth Earland, recorded a verdict of unlawful killing."
    assert appositive_subject(sentence) == ("Dr Elizabeth Earland", 35)
    assert appositive_subject("The head of the inquiry, Anna Reid, recently said the report was late.") == (
        "Anna Reid",
        25,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Dr Elizabeth Earland, the coroner, recorded a verdict.",  # the name leads: no role before it
        "The coroner, who sat at Exeter, recorded a verdict.",  # a clause between commas, not a name
        "The coroner at the hall, Dr Ann Earl, a verdict of unlawful killing.",  # no verb after the name
        "The couple, Brian Smith, and their son left.",  # a list, not a name set off
    ],
)
def test_no_appositive_subject(sentence: str) -> None:
    assert appositive_subject(sentence) is None
