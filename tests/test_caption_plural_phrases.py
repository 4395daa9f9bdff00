"""A caption that ends on a place glued to a sentence that opens on a plural with a lowercase "of"
phrase (text/caption_plural_phrases.py), and a plural's possessive that is no closing quote
(text/caption_possessives.py): each with sentences of the same look that must stay whole."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.segment import sentence_spans
from citebrief.text.caption_plural_phrases import plural_of_clause
from citebrief.text.caption_possessives import plural_possessive
from conftest import shared_article


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Waves of nine metres have been battering the ship", True),
        ("Crowds of angry fans were seen outside", True),
        ("Sons of Anarchy have been renewed", False),  # a title: its "of" phrase is capitalised
        ("Friends of the Earth have said", False),
        ("Waves of nine metres battered the ship", False),  # no auxiliary: plural_clause's shape
        ("Jones of the club has said", False),  # a name, not a plural noun
        ("Waves of change", False),  # nothing after the phrase
    ],
)
def test_plural_of_clause(phrase: str, expected: bool) -> None:
    assert plural_of_clause(phrase.split(), 0) is expected


@pytest.mark.parametrize(
    ("phrase", "index", "expected"),
    [
        ("the arrival of Carnival Cruise Lines’ Carnival Spirit", 5, True),
        ("the fleet of British Airways' Concorde", 4, True),
        ("they sang 'Rolling Stones' Carnival Spirit", 3, False),  # its run opens with a quote mark
        ("the players’ union", 1, False),  # lowercase: captions.py reads it as it did
        ("the Boss' car", 1, False),  # "ss": a singular's possessive, not a plural's
    ],
)
def test_plural_possessive(phrase: str, index: int, expected: bool) -> None:
    assert plural_possessive(phrase.split(), index) is expected


def test_plural_with_of_phrase_after_a_place_opens_a_sentence() -> None:
    text = (
        "Eleven metre waves have been recorded as the cruise ship remains stranded outside Sydney Harbour "
        "Waves of nine metres have been battering the ship for the past day. The ship cannot enter Sydney "
        "Harbour until the port reopens."
    )
    assert _sentences(text)[:2] == [
        "Eleven metre waves have been recorded as the cruise ship remains stranded outside Sydney Harbour",
        "Waves of nine metres have been battering the ship for the past day.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the place is named nowhere else without the plural: "Harbour Waves" may be a name
        "The surfers rode at Sydney Harbour Waves of nine metres have been seen there before today.",
        # a title's "of" phrase is capitalised
        "The fans watched in Hollywood Sons of Anarchy have been filming there for years. Hollywood is busy.",
    ],
)
def test_sentence_stays_whole(text: str) -> None:
    first = text.split(". ", maxsplit=1)[0]
    assert _sentences(text)[0] == (first if first.endswith(".") else first + ".")


def test_plural_possessive_is_not_a_caption_end() -> None:
    text = (
        "'The scheduled arrival of Carnival Cruise Lines’ Carnival Spirit has been delayed due to severe "
        "weather,' the statement said."
    )
    assert _sentences(text) == [text]


def test_en_cnndm_19_brief_has_no_fused_caption() -> None:
    """The bullet a blind reader quoted ("… outside Sydney Harbour Waves of nine metres have been …")
    is two sentences now, and the quote whose "Lines’" was cut stays one bullet."""
    document = document_from_text(shared_article("en-cnndm.jsonl", 19), origin="en-cnndm-19", kind="text")
    texts = [point.text for point in draft_extractive(document).points()]
    assert not any("Harbour Waves" in text for text in texts)
    assert not any(text.startswith("Carnival Spirit has been delayed") for text in texts)
