"""A Chinese sentence opening on a turn word (`text.zh_turn_opening`, `data/zh_turn_openers.tsv`)."""

from __future__ import annotations

from citebrief.text.zh_turn_opening import opens_on_turn, without_turn


def test_a_turn_word_first_is_read() -> None:
    assert opens_on_turn("但品种选育从来不是一件容易的事情。")
    assert opens_on_turn("然而，项目进展并不顺利。")
    assert opens_on_turn(" 不过，他并没有放弃。")


def test_a_turn_word_later_or_none_is_not() -> None:
    assert not opens_on_turn("品种选育从来不是一件容易的事情，但他坚持了下来。")
    assert not opens_on_turn("同时，安排公交夜班运力加强接驳服务。")  # adds a measure


def test_a_turn_said_without_it() -> None:
    """`without_turn` drops the turn word and the aside that goes with it (`data/zh_turn_rests.tsv`)."""
    assert without_turn("但若考虑财政补贴，会发现缺口。") == "若考虑财政补贴，会发现缺口。"
    assert without_turn("但是，项目进展并不顺利。") == "项目进展并不顺利。"  # "但是" whole, not "是，……"
    assert without_turn("但实际情况是，两个账户混合使用。") == "两个账户混合使用。"
    assert without_turn("然而事实上，他并没有放弃。") == "他并没有放弃。"


def test_a_turn_that_still_leans_is_kept() -> None:
    assert without_turn("但却没有人知道。") is None  # "却" leans as "但" did
    assert without_turn("但是否可行，还要再看。") is None  # 但 + 是否, no "但是"
    assert without_turn("但同时，问题依然存在。") is None
    assert without_turn("品种选育不容易，但他坚持了下来。") is None  # no turn first
    assert without_turn("但") is None


def test_the_rest_kinds_are_read() -> None:
    from citebrief.text.data_files import rows_by_kind

    kinds = rows_by_kind("zh_turn_rests.tsv")
    assert set(kinds) == {"aside", "leans"} and "实际情况是" in kinds["aside"] and "却" in kinds["leans"]
