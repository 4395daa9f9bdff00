"""A Chinese title phrase the text goes on from with the word that closes a name is a piece of
that name (`zh_fragment`'s closer check, asked first with one C call over all closers)."""

from __future__ import annotations

from citebrief.text.brief_memo import new_brief
from citebrief.text.zh_bodies import ZH_NAME_CLOSERS
from citebrief.text.zh_fragments import zh_fragment


def test_a_phrase_a_closing_word_follows_is_a_piece_of_the_name() -> None:
    new_brief()
    assert zh_fragment("横琴", "横琴新区推出多项便民措施。")
    assert zh_fragment("全国社保基金", "全国社保基金理事会发布年度报告。")


def test_a_single_closing_character_that_starts_a_word_closes_nothing() -> None:
    new_brief()
    assert not zh_fragment("防汛工作", "防汛工作会议在京召开。")


def test_a_phrase_no_closer_follows_is_whole() -> None:
    new_brief()
    assert not zh_fragment("防汛工作", "各地做好防汛工作，确保安全。")


def test_every_closer_is_found_after_a_phrase() -> None:
    for closer in ZH_NAME_CLOSERS:
        if len(closer) >= 2:
            new_brief()
            assert zh_fragment("防汛物资", f"防汛物资{closer}负责调配。"), closer
