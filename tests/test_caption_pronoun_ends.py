"""A caption that ends on an object pronoun, run into the sentence after it
(text/caption_pronoun_ends.py), and sentences of the same look that must stay whole."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans
from conftest import shared_article


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The singer was asked to open the show but the label did not allow it Family commitments "
            "will keep her at home on Sunday.",
            [
                "The singer was asked to open the show but the label did not allow it",
                "Family commitments will keep her at home on Sunday.",
            ],
            id="noun-and-verb-after-it",
        ),
        pytest.param(
            "The owner said the fans had stood by the club and thanked them Ticket sales have doubled "
            "since the move to the new ground.",
            [
                "The owner said the fans had stood by the club and thanked them",
                "Ticket sales have doubled since the move to the new ground.",
            ],
            id="noun-noun-and-verb-after-them",
        ),
    ],
)
def test_cut_after_object_pronoun(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Prof Ruggles said that the officers then came to the door and told us Alice has been killed.",
            id="a-name-after-us",
        ),
        pytest.param(
            "The survey found that more than half of her Twitter fan base consists of real accounts.",
            id="her-is-possessive",
        ),
        pytest.param(
            "The coach told them Training starts at nine on the morning after every home game.",
            id="a-clause-after-a-verb-of-telling",
        ),
        pytest.param(
            "Nobody at the club could stop it Villa fans will travel in numbers as they did for Villa in May.",
            id="a-name-the-paragraph-writes-inside-a-sentence",
        ),
        pytest.param(
            "The minister said the new law would help us Tory voters, he added, were not convinced.",
            id="no-verb-in-reach",
        ),
    ],
)
def test_whole_sentences_stay(text: str) -> None:
    assert _sentences(text) == [text]


def test_cnndm_96_caption_cut() -> None:
    """en-cnndm 96: the Henry caption ends on "allow it"; the McCoy sentence is one of its own."""
    article = shared_article("en-cnndm.jsonl", 96)
    sentences = [s for paragraph in article.split("\n") for s in _sentences(paragraph)]
    assert any(s.endswith("but Sky did not allow it") for s in sentences)
    assert any(s.startswith("Family commitments will keep McCoy away") for s in sentences)
