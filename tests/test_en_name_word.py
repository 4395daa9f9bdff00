"""One word of an English person's name, its inner capital kept (text/en_name_word.py)."""

from __future__ import annotations

import re

import pytest

from citebrief.text.en_name_word import NAME_WORD
from conftest import group_opening, shared_groups

_WHOLE = re.compile(rf"(?<![\w'’.-]){NAME_WORD}\b")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sheriff McGowan left.", "McGowan"),
        ("The MacDonald case.", "MacDonald"),
        ("said O'Carroll today", "O'Carroll"),
        ("said O’Brien today", "O’Brien"),
        ("with D'Angelo there", "D'Angelo"),
        ("Ms Carrion-Moore was held", "Carrion-Moore"),
        ("Mackenzie won", "Mackenzie"),  # "Mac" before a small letter is no prefix
        ("Smith won", "Smith"),
        ("Zoë Müller said so", "Müller"),  # accented letters are letters, not a cut
        ("asked Özil", "Özil"),
        ("the goal by Gündoğan", "Gündoğan"),
        ("from Łódź", "Łódź"),
    ],
)
def test_a_name_word_is_read_whole(text: str, name: str) -> None:
    assert name in _WHOLE.findall(text)


def test_an_o_or_mc_name_takes_its_role_or_given_name() -> None:
    # en-xsum 33's O'Brien was read as "O", a word of no name: the brief never said who he is
    groups = shared_groups("en-xsum.jsonl", 33)
    painter = group_opening(groups, "Describing the existing portraits")
    assert painter[0].startswith('Describing the existing portraits as "cosy and pretty", [American artist Tim] O')
