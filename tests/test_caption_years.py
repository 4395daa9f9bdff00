"""A caption ending on a year glued to a sentence that opens on a name and a verb
(text/caption_years.py), with year phrases that open or join a sentence left whole."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


def test_a_caption_ending_on_a_year_is_cut() -> None:
    text = (
        "Frank Lampard scores during the 3-0 defeat by Chelsea in the semi-final in 2010 Villa are three "
        "points above the drop zone this season."
    )
    assert _sentences(text) == [
        "Frank Lampard scores during the 3-0 defeat by Chelsea in the semi-final in 2010",
        "Villa are three points above the drop zone this season.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Born in a small town in 1990 Smith was raised by his grandparents near the coast.",
        "Villa won the cup in 2010 and in 2012 Villa were relegated to the second tier.",
        "After leaving the club in 2010 Smith was out of work for two whole years.",
    ],
)
def test_year_phrases_that_belong_to_the_sentence_stay(text: str) -> None:
    assert _sentences(text) == [text]
