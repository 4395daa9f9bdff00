"""A Chinese sentence opening on a turn word (`text.zh_turn_opening`, `data/zh_turn_openers.tsv`)."""

from __future__ import annotations

from citebrief.text.zh_turn_opening import opens_on_turn


def test_a_turn_word_first_is_read() -> None:
    assert opens_on_turn("但品种选育从来不是一件容易的事情。")
    assert opens_on_turn("然而，项目进展并不顺利。")
    assert opens_on_turn(" 不过，他并没有放弃。")


def test_a_turn_word_later_or_none_is_not() -> None:
    assert not opens_on_turn("品种选育从来不是一件容易的事情，但他坚持了下来。")
    assert not opens_on_turn("同时，安排公交夜班运力加强接驳服务。")  # adds a measure
