"""A caption glued with a comma to a sentence opening on a capitalised article or pronoun
(text/caption_commas.py), with quoted letters, clause openers and titles after a comma left whole."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


def test_a_caption_glued_with_a_comma_is_cut_and_loses_its_comma() -> None:
    text = (
        "Mr Beavis had parked his car at the retail park in Chelmsford, pictured above, on April 15, 2013, "
        "The retail site offers two free hours of parking to every driver."
    )
    assert _sentences(text) == [
        "Mr Beavis had parked his car at the retail park in Chelmsford, pictured above, on April 15, 2013",
        "The retail site offers two free hours of parking to every driver.",
    ]


def test_a_pronoun_after_a_captions_comma_starts_a_sentence() -> None:
    text = "Martin shot Hampton at their home in Fort Worth, Texas, pictured here, He added that she had been shot."
    assert _sentences(text) == [
        "Martin shot Hampton at their home in Fort Worth, Texas, pictured here",
        "He added that she had been shot.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It read: 'Tom and Katie, We have arrived at our base camp and all is well with us.'",
        "When out to eat with friends, He always orders a glass of hot water and some rice.",
        "Asked what he thought of Wednesday, He said the team had played very well indeed.",
        "The interview was given to a reporter in New York, The Times said on Sunday evening.",
    ],
)
def test_quoted_letters_clause_openers_and_titles_stay(text: str) -> None:
    assert _sentences(text) == [text]
