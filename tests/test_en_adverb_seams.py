"""A headline or caption glued before a sentence that opens on a sentence adverb and its comma
(text/en_adverb_seams.py, its list text/data/en_seam_adverbs.tsv): the bullet keeps the sentence."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import data_lines
from citebrief.text.en_adverb_seams import after_seam
from conftest import cnndm_groups


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        (
            "The high price of public shaming online Sure, McHenry probably feels entitled, but that's our doing, too.",
            "Sure, McHenry probably feels entitled, but that's our doing, too.",
        ),
        (
            "She says she now loves going to the gym Of course, Aliesha added, it isn't always easy.",
            "Of course, Aliesha added, it isn't always easy.",
        ),
        # lower case inside a sentence, a name ("John Still,"), a word left off the list, a short run
        (
            "It was, however, a long night for the crew and the players.",
            "It was, however, a long night for the crew and the players.",
        ),
        (
            "They return to the National League under John Still, the same manager.",
            "They return to the National League under John Still, the same manager.",
        ),
        (
            "If it does look good, that's OK, and we move on from there.",
            "If it does look good, that's OK, and we move on from there.",
        ),
        (
            "Pictured online Sure, McHenry probably feels entitled.",
            "Pictured online Sure, McHenry probably feels entitled.",
        ),
    ],
)
def test_the_sentence_after_the_seam(text: str, mended: str) -> None:
    assert after_seam(text) == mended


def test_the_list_is_capitalised_adverbs() -> None:
    words = data_lines("en_seam_adverbs.tsv")
    assert "Sure" in words and "Of course" in words
    assert all(word[:1].isupper() and word not in {"Still", "OK", "But", "And"} for word in words)


def test_en_cnndm_199_bullet_has_no_headline_before_it() -> None:
    bullets = [text for group in cnndm_groups(199) for text in group]
    assert any(text.startswith("Sure, McHenry probably feels entitled") for text in bullets)
    assert not any("shaming online Sure" in text for text in bullets)
