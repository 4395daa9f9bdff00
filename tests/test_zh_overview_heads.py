"""zh_overview_heads: a Chinese news overview point right before a theme group's first bullet,
sharing its nouns and verbs with that group and none with the overview's points but the lead, goes
down to head the group: on text written for these tests."""

from __future__ import annotations

from citebrief.engines.scored import Draft
from citebrief.engines.zh_overview_heads import overview_heads_given
from citebrief.engines.zh_overview_themes import new_figures
from scored_builder import zh_scored

# a storm's lead naming three incidents, then the flooded school, the fallen bridge and its repair
_STORM = [
    ["暴雨造成3所学校停课，一座木桥倒塌。", "山区一所小学教室进水，学生转移到礼堂上课。"],
    ["电力公司连夜抢修被洪水冲垮的线路。"],
    ["河口村的木桥被洪水冲垮，村民出行受阻。", "镇政府表示，将尽快搭建临时便桥方便村民出行。"],
    ["一位村民说，木桥冲垮后孩子上学要绕行五公里。"],
]


def _heads(overview: list[int], groups: list[list[int]]) -> list[list[int]]:
    lead = Draft(None, overview)
    lead.title = "暴雨"
    drafts = [lead, *(Draft(n, group) for n, group in enumerate(groups, 1))]
    return [draft.picked for draft in overview_heads_given(zh_scored(_STORM), drafts)]


def test_an_overview_point_right_before_its_threads_group_heads_it() -> None:
    assert _heads([0, 1, 3], [[2], [4, 5]]) == [[0, 1], [2], [3, 4, 5]]  # the bridge's fall joins its repair


def test_a_point_not_right_before_the_group_or_the_overview_at_its_least_stays() -> None:
    assert _heads([0, 1, 3], [[2], [5]]) == [[0, 1, 3], [2], [5]]  # the group opens two sentences later
    assert _heads([0, 3], [[2], [4, 5]]) == [[0, 3], [2], [4, 5]]  # the overview keeps MIN_OVERVIEW points


def test_a_point_sharing_words_with_another_overview_point_stays() -> None:
    assert _heads([0, 2, 3], [[4, 5]]) == [[0, 2, 3], [4, 5]]  # 2 says "洪水冲垮" too: not the group's thread alone


def test_a_figure_the_lead_does_not_state_keeps_a_point_up() -> None:
    assert new_figures("木桥倒塌后有12户被困。", "暴雨造成3所学校停课。")
    assert not new_figures("27日上午9时，3所学校停课。", "暴雨造成3所学校停课。")  # a date, a time, the lead's figure
