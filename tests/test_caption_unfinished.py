"""A caption cut that would take a sentence's subject off it (text/caption_unfinished.py): the
words before a name leave its noun phrase open ("the very first", "victim", "38-year-old"), so
the sentence stays whole; a phrase a noun ends ("the game") may still end a caption."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans
from citebrief.text.caption_unfinished import unfinished_phrase


def _sentences(text: str) -> list[str]:
    return [text[start:end].strip() for start, end in sentence_spans(text, "en")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Collectors mark your calendars: This Saturday, the very first Barbie Doll will go on sale again in Australia.",
        "Relatives have said victim Ron Lane was gay, CNN affiliate WNCN reported, and police are looking into it.",
        "One of the men 38-year-old Lianna Barrientos wed was deported back to Pakistan in 2006, it was revealed.",
    ],
)
def test_a_subject_stays_in_its_sentence(sentence: str) -> None:
    assert _sentences(sentence) == [sentence]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("This Saturday, the very first Barbie Doll will go on sale", "Barbie", True),
        ("said victim Ron Lane was gay", "Ron", True),
        ("the men 38-year-old Lianna Barrientos wed", "Lianna", True),
        ("Last year Mr Davey's predecessor Roger Wright dismissed", "Roger", True),
        ("in the opening seconds of the game Igor Akinfeev is carried off", "Igor", False),
        ("too tired to perform at his best Hazard was substituted", "Hazard", False),
        ("leaving the field, Smith said", "Smith", False),
    ],
)
def test_unfinished_phrase(text: str, name: str, expected: bool) -> None:
    words = text.split()
    assert unfinished_phrase(words, words.index(name)) is expected
