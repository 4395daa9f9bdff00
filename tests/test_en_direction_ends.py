"""A direction adverb after a verb's object ends no English noun phrase (`en_chunks._direction_cut`):
"turned his VW Transporter right causing the fatal crash" titled a group "VW Transporter Right"
(en-xsum 125), a fragment a blind reader named. The noun "right" keeps its phrase."""

from __future__ import annotations

import pytest

from citebrief.text.en_chunks import en_chunks


def _phrases(sentence: str) -> set[str]:
    return {c.text for c in en_chunks(sentence)}


@pytest.mark.parametrize(
    ("sentence", "cut", "kept"),
    [
        pytest.param(
            "She swung her Ford Transit right causing a pile-up.", "Ford Transit right", "Ford Transit", id="ing"
        ),
        pytest.param("He steered the lorry right into a wall.", "lorry right", "lorry", id="into"),
    ],
)
def test_a_direction_after_an_object_ends_no_phrase(sentence: str, cut: str, kept: str) -> None:
    phrases = _phrases(sentence)
    assert cut not in phrases
    assert kept in phrases


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        pytest.param("They upheld a basic human right to protest.", "basic human right", id="to"),
        pytest.param("The political right campaigning for cuts won.", "political right", id="adjective-before"),
        pytest.param("Voters backed the party, a Labour right, last year.", "Labour right", id="comma"),
    ],
)
def test_the_noun_right_keeps_its_phrase(sentence: str, phrase: str) -> None:
    assert phrase in _phrases(sentence)
