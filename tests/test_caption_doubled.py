"""A name said again after the caption that ends on it (text/caption_doubled.py): a sentence of its
own, but not where the doubled word belongs to a name set off by commas with its verb after it."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans
from citebrief.text.caption_doubled import name_said_again
from citebrief.text.captions import _finite_verb


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "He will start ahead of Nico Rosberg and Sebastian Vettel Vettel, who won last time out, was third.",
            ["He will start ahead of Nico Rosberg and Sebastian Vettel", "Vettel, who won last time out, was third."],
            id="surname-said-again-with-a-relative",
        ),
        pytest.param(
            "The pair were pictured with coach Maria Lopez Lopez, 41, has trained them for a decade in Madrid.",
            ["The pair were pictured with coach Maria Lopez", "Lopez, 41, has trained them for a decade in Madrid."],
            id="surname-said-again-with-an-age",
        ),
        pytest.param(
            "The network's hit comedy, Here Comes Honey Boo Boo, was dropped by the channel after a row over "
            "its star's new partner.",
            [
                "The network's hit comedy, Here Comes Honey Boo Boo, was dropped by the channel after a row over "
                "its star's new partner."
            ],
            id="name-doubling-a-word-in-an-aside",
        ),
        pytest.param(
            "The couple spent their honeymoon on the island, Bora Bora, and later returned to the village for good.",
            ["The couple spent their honeymoon on the island, Bora Bora, and later returned to the village for good."],
            id="place-doubling-a-word",
        ),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def _words(text: str) -> list[str]:
    return text.split()


def test_name_said_again_reads_the_word_after_the_comma() -> None:
    words = _words("the show Here Comes Honey Boo Boo, was dropped by the channel")
    assert not name_said_again(words, 6, _finite_verb)
    words = _words("ahead of Sebastian Vettel Vettel, who won last time")
    assert name_said_again(words, 4, _finite_verb)
    words = _words("Vettel Vettel, who won last time")
    assert not name_said_again(words, 1, _finite_verb)  # no capitalised word before the first: no caption's name
