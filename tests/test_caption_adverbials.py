"""A headline or caption ending on a name, glued to a sentence that opens on an adverbial phrase
(text/caption_adverbials.py), and titles of the same look that stay whole."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


def test_an_adverbial_after_a_name_opens_a_sentence() -> None:
    text = (
        "Why the council won't say sorry to the people of Leeds In her award-winning book about the flood, "
        "the city's new mayor Ann Lowe criticised the council for its silence."
    )
    assert _sentences(text) == [
        "Why the council won't say sorry to the people of Leeds",
        "In her award-winning book about the flood, the city's new mayor Ann Lowe criticised the council for "
        "its silence.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a title: no common words before its comma
        "He sang the whole of the album Born In the USA, Springsteen said later in the interview.",
        # no subject after the comma: a title and its apposition
        "She spent the summer playing Alone In the Dark, a horror game first made in the early 1990s.",
        # a stop inside the phrase: the splitter's business
        "The show was filmed at the Apollo In the end. It was the best night of the whole tour for them.",
    ],
)
def test_titles_stay_whole(text: str) -> None:
    assert _sentences(text)[0].startswith(text.split(" In ", maxsplit=1)[0] + " In ")
