"""A Chinese news group opening on "另一……" takes the bullet naming the first one from the end of
the group before it (engines/zh_another_ones.py, called from engines/final_groups.py): on text
written for these tests and on zh-news 163."""

from __future__ import annotations

import pytest

from citebrief.engines.scored import Draft
from citebrief.engines.zh_another_ones import OPENERS, another_kind, another_ones_joined
from citebrief.text.data_files import rows_by_kind
from conftest import group_opening, shared_groups
from scored_builder import zh_scored


def test_the_kind_said_again_is_the_longest_piece_the_earlier_bullet_names() -> None:
    assert another_kind("另一家长安丽婷则表示，孩子暑期在家。", "连续两年报名的家长张雪莲表示，服务很好。") == "家长"
    assert another_kind("另一位村民说，水渠修好了。", "村民李明说，今年收成不错。") == "村民"
    assert another_kind("另一沉船船主说，船沉了。", "一名沉船船主表示，损失惨重。") == "沉船船主"


def test_a_turn_a_place_or_an_unnamed_kind_is_no_kind() -> None:
    assert another_kind("另一方面，也说明市场回暖。", "一方面说明需求旺盛。") == ""
    assert another_kind("另一边，工人正在搭建展台。", "这一边，游客排起长队。") == ""
    assert another_kind("另一家长表示，很满意。", "老师介绍，课程丰富。") == ""
    assert another_kind("家长表示，很满意。", "家长张雪莲表示，很满意。") == ""


@pytest.mark.parametrize("opener", rows_by_kind(OPENERS)["opener"])
def test_each_opener_says_a_kind_again(opener: str) -> None:
    assert another_kind(f"{opener}村民说，水渠修好了。", "村民李明说，今年收成不错。") == "村民"


@pytest.mark.parametrize("after", rows_by_kind(OPENERS)["no_kind"])
def test_each_no_kind_after_an_opener_is_no_kind(after: str) -> None:
    # the earlier bullet names the words, so only the row stops the match
    assert another_kind(f"另一{after}村民说，水渠修好了。", f"这一{after}村民说，今年收成不错。") == ""


def test_the_first_parent_moves_down_to_the_other() -> None:
    texts = [
        "社区推出免费暑托服务。",
        "报名信息发到微信群。",
        "40个名额很快爆满。",
        "社区书记说，家长为孩子的去向苦恼。",
        "家长张雪莲表示，服务正好解决育儿难题。",
        "另一家长安丽婷则表示，老人无法负责孩子的学习。",
        "每个暑托班有老师4名。",
    ]
    drafts = [Draft(None, [0]), Draft(1, [1, 2, 3, 4]), Draft(2, [5, 6])]
    another_ones_joined(zh_scored([texts]), drafts)
    assert drafts[1].picked == [1, 2, 3] and drafts[2].picked == [4, 5, 6]
    short = [Draft(None, [0]), Draft(1, [3, 4]), Draft(2, [5, 6])]
    another_ones_joined(zh_scored([texts]), short)
    assert short[1].picked == [3, 4]  # the group before would be left with one bullet


def test_the_two_parents_are_read_together() -> None:
    groups = shared_groups("zh-news.jsonl", 163)
    parents = group_opening(groups, "连续两年为孩子报名的家长张雪莲表示")
    assert any(text.startswith("另一家长安丽婷则表示") for text in parents), groups
    community = group_opening(groups, "最先开展这一假期托管服务的前茅社区")
    assert community is not parents, groups
