"""A Chinese news group's title one bullet says gives way to a piece of the overview's title with the
word most of its bullets write beside it (`zh_overview_piece_widened`): "有机茶园" for one bullet's
"观光步道" under "茶园旅游"; a pronoun or a place before the piece, a verb after it, the overview's
tail, a form the overview's title holds, and a group telling the overview's own story keep the title.
The bullets are written for these tests."""

from __future__ import annotations

import pytest

from citebrief.text.zh_overview_piece_widened import piece_widened_titles
from conftest import shared_group_titles

TEA = [
    "当地有机茶园面积达到5000亩，年产干茶300吨。",
    "游客可以在有机茶园里采茶、制茶。",
    "村里新修了一条通往茶园的观光步道。",
]


def _retitled(title: str, bullets: list[str], shown: str) -> str:
    return piece_widened_titles(["", title], [None, (bullets, bullets)], {shown.casefold()}, shown)[-1]


def test_a_piece_of_the_overviews_title_with_the_word_most_bullets_put_before_it_names_the_group() -> None:
    assert _retitled("观光步道", TEA, "茶园旅游") == "有机茶园"
    assert _retitled("观光步道", TEA[:2], "茶园旅游") == "有机茶园"  # a pair that writes it alike


def test_a_noun_after_the_piece_widens_it_too() -> None:
    output = ["该村茶园面积达到5000亩，茶园产值逐年提高。", "去年茶园产值达到1.2亿元。", TEA[2]]
    assert _retitled("观光步道", output, "茶园旅游") == "茶园产值"


@pytest.mark.parametrize(
    ("bullets", "shown"),
    [
        ([b.replace("有机", "这些") for b in TEA], "茶园旅游"),  # a pronoun sorts nothing
        ([b.replace("有机", "杭州") for b in TEA], "茶园旅游"),  # where, not what
        (["该村茶园成为游客打卡地。", "去年茶园成为全县产值最高的产业。", TEA[2]], "茶园旅游"),  # a verb after it
        (TEA, "旅游茶园"),  # the overview's tail is its own thing: "有机茶园" its kind again
        (TEA, "有机茶园旅游"),  # the overview's title holds the form
        ([b.replace("有机茶园", "有机茶园旅游") for b in TEA], "茶园旅游"),  # the overview's own story
    ],
)
def test_no_sorting_word_beside_the_piece_keeps_the_title(bullets: list[str], shown: str) -> None:
    assert _retitled("观光步道", bullets, shown) == "观光步道"


def test_a_title_two_bullets_say_stays() -> None:
    both = [f"{b}观光步道" for b in TEA[:2]] + TEA[2:]
    assert _retitled("观光步道", both, "茶园旅游") == "观光步道"


def test_shared_brief_names_the_old_roads_group_by_them() -> None:
    """zh-news 182: four bullets on Shanghai's roads under "马路生活" were titled by one bullet's quoted
    "新晋网红"; two of them write "老马路"."""
    overview, *themes = shared_group_titles("zh-news.jsonl", 182)
    assert overview.endswith("马路生活")
    assert "老马路" in themes and "新晋网红" not in themes, themes
