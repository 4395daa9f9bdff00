"""A caption glued to a sentence opening on a capitalised quantity or "The" and a verb
(text/caption_openers.py), with titles and names after such words left whole."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


def test_a_caption_before_a_capitalised_quantity_is_cut() -> None:
    text = (
        "Barry Beavis, 48, lost his case at the Court of Appeal Millions of motorists face higher "
        "parking fines after the ruling."
    )
    assert _sentences(text) == [
        "Barry Beavis, 48, lost his case at the Court of Appeal",
        "Millions of motorists face higher parking fines after the ruling.",
    ]


def test_a_caption_before_the_and_a_verb_is_cut() -> None:
    text = (
        "Some of the models are so well camouflaged that nobody can tell where they are The artist is a "
        "body painter who has worked on adverts"
    )
    assert _sentences(text) == [
        "Some of the models are so well camouflaged that nobody can tell where they are",
        "The artist is a body painter who has worked on adverts",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Critics of the book called The best of times were quick to point out its many errors.",
        "The team known as the All Blacks won the cup again in front of a huge home crowd.",
        "He spent the summer reading The old man and the sea on a beach in the south of France.",
        "The police said the suspect was among those named: Some of them were arrested later.",
    ],
)
def test_titles_and_names_after_a_capitalised_word_stay(text: str) -> None:
    assert _sentences(text) == [text]


def test_a_caption_before_a_day_set_off_by_a_comma_is_cut() -> None:
    """A capitalised "On"/"In" after a common word, before a day or month and its comma, opens
    the sentence after a caption: mid-sentence the word is written small."""
    text = (
        "The actor carried his battered leather satchel for the third week in a row On Tuesday, the "
        "actor was seen leaving a studio in west London."
    )
    assert _sentences(text) == [
        "The actor carried his battered leather satchel for the third week in a row",
        "On Tuesday, the actor was seen leaving a studio in west London.",
    ]
    whole = "The film Born On Sunday, which opens next week, stars two newcomers."
    assert _sentences(whole) == [whole]
