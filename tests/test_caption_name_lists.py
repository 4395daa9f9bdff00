"""A caption glued to a sentence whose subject is a list of names (text/caption_name_lists.py):
"… on a Monday | Good Friday, Easter Saturday and Easter Monday would …", and lists that are the
sentence's own."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans
from citebrief.text.caption_name_lists import list_subject_end


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


def test_a_list_subject_after_a_day_opens_a_sentence() -> None:
    text = (
        "A holiday would only be given if the day fell on a Monday Good Friday, Easter Saturday and Easter "
        "Monday would be kept on the usual days across the country."
    )
    assert _sentences(text) == [
        "A holiday would only be given if the day fell on a Monday",
        "Good Friday, Easter Saturday and Easter Monday would be kept on the usual days across the country.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The league's top clubs including Manchester United, Chelsea and Arsenal have asked for a later start.",
        "He has played against the likes of Lionel Messi, Xavi and Andres Iniesta were all in the side.",
        "The team flew to Paris, Rome and Madrid before the long season began in earnest.",
        "The club has signed the trio Smith, Jones and Brown were all at the training ground on Friday.",
        "He trained with his former team-mates Gary Neville, Nicky Butt and Paul Scholes were there too.",
    ],
)
def test_a_list_that_is_the_sentence_own_stays(text: str) -> None:
    assert _sentences(text) == [text]


@pytest.mark.parametrize(
    ("words", "end"),
    [
        (["Good", "Friday,", "Easter", "Saturday", "and", "Easter", "Monday", "would"], 7),
        (["Tom,", "Dick,", "and", "Harry", "were"], 4),
        (["Tom", "Dick", "and", "Harry", "were"], 0),  # no comma after the first item
        (["Tom,", "Dick", "were"], 0),  # no "and" before the last
    ],
)
def test_list_subject_end(words: list[str], end: int) -> None:
    assert list_subject_end(words, 0) == end
