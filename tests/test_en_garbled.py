"""A sentence an edit garbled ("… and says told the court …") is passed over where a group has
enough else to pick from (`en_garbled`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_garbled import garbled, whole_first
from conftest import shared_groups


@pytest.mark.parametrize(
    "text",
    [
        "Her attorney has reportedly seen the child and says told the court that the baby is doing well.",
        "The coach say said the team would train on Sunday.",
    ],
)
def test_two_verbs_of_saying_back_to_back_are_garbled(text: str) -> None:
    assert garbled(text)


@pytest.mark.parametrize(
    "text",
    [
        "Her attorney says the baby is doing well.",
        "What he said told us everything about the club.",
        "The coach says told-you-so stories never help.",
    ],
)
def test_a_whole_sentence_is_not(text: str) -> None:
    assert not garbled(text)


def test_kept_where_nothing_else_is_left() -> None:
    texts = ["She says told the court it was over.", "The court sat in June.", "It rained."]
    assert whole_first([0, 1, 2], texts, 2) == [1, 2]
    assert whole_first([0, 1, 2], texts, 3) == [0, 1, 2]


def test_the_shared_brief_passes_over_the_slip() -> None:
    # en-cnndm 37: "… has reportedly seen the child and says told the Livingston County Circuit Court …"
    assert not any("says told" in text for group in shared_groups("en-cnndm.jsonl", 37) for text in group)
