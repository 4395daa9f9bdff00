"""A word two bullets share that is the tail of a body's name ("分局" of 静安分局) is half a name,
no title; the bullets are still on one body's work, so the group keeps its own title rather than
a pair of two details (`zh_name_half`, read by `zh_one_thing`)."""

from __future__ import annotations

from citebrief.text.zh_name_half import name_half
from citebrief.text.zh_one_thing import one_thing

BUREAU = [
    "上月，分局获得消息，比对发现一名男子进入警方视线。",
    "静安分局随即联系外地警方对该男子的生物物证进行比对。",
]


def test_a_body_word_said_after_a_place_is_half_a_name() -> None:
    assert name_half("分局", BUREAU)
    assert not name_half("分局", [BUREAU[0]])  # said bare only
    assert not name_half("物证", BUREAU)  # no body's word


def test_the_bullets_are_on_one_body_and_no_title_is_given() -> None:
    assert one_thing(BUREAU, BUREAU, set()) == ("分局", False)
