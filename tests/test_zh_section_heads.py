"""Merged sections whose names outgrow a title named each by its head (`zh_section_heads`)."""

from __future__ import annotations

import numpy as np

from citebrief.engines.group_titles import GroupBullets, section_title
from citebrief.engines.themes import Themes
from citebrief.text.zh_section_heads import head_name

ABC = ["甲。", "乙。", "丙。"]
BLANK = [""] * 12


def test_a_long_name_is_cut_to_its_last_words() -> None:
    assert head_name("职业教育办学质量督导评价") == "督导评价"
    assert head_name("改革组织实施") == "组织实施"
    assert head_name("收入分配") == "收入分配"


def test_two_long_merged_sections_are_named_by_their_heads() -> None:
    themes = Themes(np.zeros(12, dtype=int), {0: [(1, "职业教育办学质量督导评价"), (6, "改革组织实施工作")]})
    # before: "职业教育办学质量督导评价" over the bullet of 组织实施 too
    assert section_title(GroupBullets(0, [2, 3, 7], ABC), themes, BLANK) == "督导评价、组织实施"
    assert section_title(GroupBullets(0, [2, 3], ABC[:2]), themes, BLANK) == "职业教育办学质量督导评价"


def test_two_generic_merged_sections_are_both_named() -> None:
    themes = Themes(np.zeros(12, dtype=int), {0: [(1, "工作规则"), (6, "工作要求")]})
    assert section_title(GroupBullets(0, [2, 3, 7], ABC), themes, BLANK) == "工作规则、工作要求"


def test_a_name_that_states_a_finding_is_not_cut_to_its_last_words() -> None:
    """An analysis's headings state findings ("制度覆盖面有待进一步拓宽"): their last words name
    nothing, so merged, the group keeps the name most of its bullets come from (blind read 33a:
    "进一步拓宽、问题严重" read as stitched fragments)."""
    assert head_name("制度覆盖面有待进一步拓宽") == ""
    assert head_name("缴费基数偏高且不实") == ""
    assert head_name("基金收入下降的压力") == ""
    themes = Themes(np.zeros(12, dtype=int), {0: [(1, "制度覆盖面有待进一步拓宽"), (6, "部分地区政策落实问题严重")]})
    assert section_title(GroupBullets(0, [2, 3, 7], ABC), themes, BLANK) == "制度覆盖面有待进一步拓宽"
