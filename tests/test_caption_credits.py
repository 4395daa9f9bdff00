"""A book's credit box glued into a sentence (text/caption_credits.py): cut before the first
credit and before the sentence after the last one; one credit, or credits inside prose, stay."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


def test_a_credit_box_before_a_sentence_is_cut_off() -> None:
    text = (
        "Photographs by Gisèle Freund Texts by Gérard de Cortanze, Gisèle Freund, and Lorraine Audric "
        "Published by Abrams Gisele lived with the couple and took many photographs of the pair."
    )
    assert _sentences(text) == [
        "Photographs by Gisèle Freund Texts by Gérard de Cortanze, Gisèle Freund, and Lorraine Audric "
        "Published by Abrams",
        "Gisele lived with the couple and took many photographs of the pair.",
    ]


def test_a_credit_box_between_two_sentences_is_cut_on_both_sides() -> None:
    text = (
        "The new book is a delight from start to finish Photographs by Ann Lee Text by Tom Ray Published "
        "by Penguin Random House The couple lived in Paris for years."
    )
    assert _sentences(text) == [
        "The new book is a delight from start to finish",
        "Photographs by Ann Lee Text by Tom Ray Published by Penguin Random House",
        "The couple lived in Paris for years.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The novel was Published by Faber in London and sold out within a week of its release.",
        "Photographs by Ann Lee hang in the hall, and Texts by Tom Ray are read aloud there every week.",
    ],
)
def test_one_credit_or_credits_in_prose_stay(text: str) -> None:
    assert _sentences(text) == [text]
