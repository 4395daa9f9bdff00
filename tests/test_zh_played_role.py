"""A deed too long for a title that plays a part is cut to the role as written ("饰演了一个内心极度
复杂的角色" → "内心极度复杂的角色"); any other deed gives '' (`zh_played_role`)."""

from __future__ import annotations

import pytest

from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_played_role import PLAY_VERBS, played_role


@pytest.mark.parametrize("verb", PLAY_VERBS)
def test_each_verb_of_playing_gives_the_role(verb: str) -> None:
    assert played_role(tag_zh(f"{verb}了一个内心极度复杂的角色")) == "内心极度复杂的角色"


def test_no_count_or_aspect_needed() -> None:
    assert played_role(tag_zh("饰演性格坚韧的乡村教师")) == "性格坚韧的乡村教师"


def test_other_deeds_give_nothing() -> None:
    assert played_role(tag_zh("参与了一部规模宏大的历史题材电影的拍摄")) == ""  # no part played
    assert played_role(tag_zh("饰演得非常出色")) == ""  # no role named
    assert played_role([]) == ""
