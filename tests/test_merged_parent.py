"""Two parts of one opened section merged back are titled by that section (`merged_parent`)."""

from __future__ import annotations

import pytest

from citebrief.engines.merged_parent import share_a_word, shared_parent
from citebrief.text.outline import Heading
from conftest import shared_group_titles


def _head(paragraph: int, level: int, label: str) -> Heading:
    return Heading(paragraph=paragraph, level=level, label=label, length=len(label))


# 一、甲 (parts （一） （二） （三）), 二、乙: the shape of an opinion's outline
OUTLINE = [
    _head(3, 2, "支持企业稳定发展"),
    _head(6, 2, "鼓励支持就业创业"),
    _head(7, 3, "加大贴息支持力度"),
    _head(8, 3, "支持创业载体建设"),
    _head(9, 3, "扩大就业见习补贴范围"),
    _head(10, 2, "积极实施培训"),
]


def test_parts_of_one_section_have_it_as_parent() -> None:
    parent = shared_parent(OUTLINE, 8, 10, OUTLINE[3:5])
    assert parent is not None and parent.label == "鼓励支持就业创业"


def test_top_level_sections_have_no_parent() -> None:
    assert shared_parent(OUTLINE, 3, 10, [OUTLINE[0], OUTLINE[1]]) is None


def test_a_merge_past_the_parents_end_has_none() -> None:
    # 扩大就业见习补贴范围 merged with 积极实施培训: two sections' parts, no one heading over both
    assert shared_parent(OUTLINE, 9, 12, [OUTLINE[4], _head(10, 3, "开展培训")]) is None


def test_one_section_is_no_merge() -> None:
    assert shared_parent(OUTLINE, 8, 9, [OUTLINE[3]]) is None


@pytest.mark.parametrize(
    ("names", "shared"),
    [
        (["产业链条", "产业标准"], True),
        (["创业载体建设", "就业见习补贴范围"], False),
        (["法人登记", "党的建设"], False),
        (["子女教育", "继续教育"], True),
    ],
)
def test_share_a_word(names: list[str], shared: bool) -> None:
    assert share_a_word(names) is shared


def test_merged_parts_titled_by_their_section() -> None:
    # （五）支持创业载体建设 and （六）扩大就业见习补贴范围 merged: 二、鼓励支持就业创业 names them
    titles = shared_group_titles("zh-policy.jsonl", 7)
    assert "就业创业" in titles
    assert not any("创业载体" in title and "、" in title for title in titles)


def test_parts_sharing_a_word_keep_their_names() -> None:
    # 完善产业链条 and 健全产业标准 under 优化产业布局，加强平台建设: the list names them better
    assert "产业链条、产业标准" in shared_group_titles("zh-policy.jsonl", 37)


def test_top_level_sections_keep_their_names() -> None:
    # 十三、确保城市安全运行 and 十四、加强规划组织实施: no heading above them
    assert "城市安全运行、规划组织实施" in shared_group_titles("zh-policy.jsonl", 35)
