"""A caption ending on its verb's object pronoun, run into the next sentence (text/caption_objects.py)."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


def test_a_caption_ending_on_recognized_her_is_cut_before_the_next_subject() -> None:
    text = (
        "Clinton's caravan was spotted in Maumee, Ohio on Monday when she lunched at Chipotle, but no one "
        "recognized her Facebook says it has entire teams of employees tasked with rooting out schemes."
    )
    cut = text.index("Facebook")
    assert _sentences(text) == [text[:cut].rstrip(), text[cut:]]


@pytest.mark.parametrize(
    "text",
    [
        "The coach told him Chelsea would sign the striker in the summer window before the new season.",
        "She updated her Facebook page with a photo of the new baby on Monday after leaving the hospital.",
        "While Clinton was America's top diplomat, her State Department was buying Facebook likes abroad.",
        "The manager warned them Arsenal fans would be angry at the club after another defeat at home.",
    ],
)
def test_a_possessive_or_a_clause_after_the_object_stays_one_sentence(text: str) -> None:
    assert _sentences(text) == [text]
