"""A caption that restates the sentence glued after it (text/caption_repeats.py), and a sentence
that says a phrase twice without retelling anything, which stays whole."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans
from citebrief.text.caption_repeats import repeat_cut


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In May, Tom Marsh spoke for the first time about his sister's long fight with the council "
            "In May, Marsh spoke for the first time about his 30-year-old sister's long fight with the "
            "council which began in 2009.",
            [
                "In May, Tom Marsh spoke for the first time about his sister's long fight with the council",
                "In May, Marsh spoke for the first time about his 30-year-old sister's long fight with the "
                "council which began in 2009.",
            ],
            id="the-opening-retold",
        ),
        pytest.param(
            "Ada Lowe won the county title in June after a long run of defeats Ada Lowe won the county title "
            "in June, her coach said.",
            [
                "Ada Lowe won the county title in June after a long run of defeats",
                "Ada Lowe won the county title in June, her coach said.",
            ],
            id="the-run-opens-both",
        ),
    ],
)
def test_a_retold_caption_is_cut(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the phrase sits in the caption's middle: the sentence says it again, and reads on
        "High stakes: The pair were playing Liar's Dice - a game where players bluff about the dice In the "
        "clip, the two men sit at a table, playing what appears to be Liar's Dice - a game where players "
        "bluff about the dice.",
        # no capital where the second telling starts: a sentence that repeats itself, not a caption
        "The club said the striker will miss the rest of the season and the club said the striker will "
        "miss the cup final too.",
        # a stop before the capital: the splitter's cut, not a caption's
        "The club said the striker will miss the rest of the season; The club said the striker will "
        "miss the cup final too.",
    ],
)
def test_no_retelling_no_cut(text: str) -> None:
    assert repeat_cut(text, 0, len(text)) is None


def test_a_short_sentence_is_not_read() -> None:
    text = "It rained and it rained and it rained all day."
    assert repeat_cut(text, 0, len(text)) is None
