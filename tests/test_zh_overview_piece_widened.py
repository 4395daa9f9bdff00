"""A Chinese news group's title one bullet says gives way to a piece of the overview's title with the
word most of its bullets write beside it (`zh_overview_piece_widened`): "有机茶园" for one bullet's
"观光步道" under "茶园旅游"; a pronoun or a place before the piece, a verb after it, the overview's
tail, a form the overview's title holds, and a group telling the overview's own story keep the title.
The bullets are written for these tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from citebrief.text.zh_overview_piece_widened import _pieces, piece_widened_titles
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


# two forms said by as many bullets ("有机茶园", "茶园产值"), two pieces as long ("中轴线", "北京" and "文化"):
# the title is the same whatever the hash seed (sets once ordered them by it)
_TIED = ["当地有机茶园的茶园产值达到5000万元。", "有机茶园带动茶园产值增长。", "村里新修了一条观光步道。"]
_SNIPPET = f"""
from citebrief.text.zh_overview_piece_widened import _pieces, piece_widened_titles
print(_pieces("北京中轴线文化旅游"))
print(piece_widened_titles(["", "观光步道"], [None, ({_TIED!r}, {_TIED!r})], {{"茶园旅游"}}, "茶园旅游"))
"""


def test_ties_keep_the_order_the_text_says_them() -> None:
    assert _pieces("北京中轴线文化旅游") == ["北京中轴线文化", "北京中轴线", "中轴线文化", "中轴线", "北京", "文化"]
    assert _retitled("观光步道", _TIED, "茶园旅游") == "有机茶园"  # said first in the first bullet


def test_ties_do_not_follow_the_hash_seed() -> None:
    src = str(Path(__file__).resolve().parents[1] / "src")
    runs = {
        subprocess.run(
            [sys.executable, "-c", _SNIPPET],
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": src},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(runs) == 1
