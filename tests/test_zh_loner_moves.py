"""zh_loner_moves: a Chinese news group's edge bullet that shares no word with its group goes to the
neighbouring group whose every bullet shares one with it; on text written for these tests."""

from __future__ import annotations

from citebrief.engines.scored import Draft
from citebrief.engines.zh_loner_moves import loners_moved
from scored_builder import zh_scored

# a drought alert (the overview), two prevention measures, then the patrol teams on standby at the
# head of three rainfall forecasts: a cut a sentence late
_ALERT = [
    ["省应急厅发布干旱橙色预警。", "多地连续多日无明显降水。"],
    ["预警要求各地加强山林巡查。", "各地加强山林防火宣传。"],
    ["各级山林巡护队伍集中驻防，进入待命状态。", "气象台预计未来三天多云到晴。"],
    ["明天各地多云，局地有阵雨。", "后天各地多云转晴，局地有雷雨。"],
]


def _moved(paragraphs: list[list[str]], measures: list[int], forecasts: list[int]) -> list[list[int]]:
    drafts = [Draft(None, [0, 1]), Draft(0, measures), Draft(1, forecasts)]
    return [draft.picked for draft in loners_moved(zh_scored(paragraphs), drafts)]


def test_the_teams_on_standby_join_the_measures_before_them() -> None:
    assert _moved(_ALERT, [2, 3], [4, 5, 6, 7]) == [[0, 1], [2, 3, 4], [5, 6, 7]]


def test_the_bullet_stays_where_it_shares_a_word_with_its_group() -> None:
    tied = [list(p) for p in _ALERT]
    tied[2][0] = "各级山林巡护队伍集中驻防，关注多云天气。"  # 多云, as the forecasts say
    assert _moved(tied, [2, 3], [4, 5, 6, 7]) == [[0, 1], [2, 3], [4, 5, 6, 7]]


def test_the_bullet_stays_where_a_measure_shares_no_word_with_it() -> None:
    apart = [list(p) for p in _ALERT]
    apart[1][1] = "各地做好物资储备。"  # no 山林 here
    assert _moved(apart, [2, 3], [4, 5, 6, 7]) == [[0, 1], [2, 3], [4, 5, 6, 7]]


def test_the_bullet_stays_where_its_group_is_no_one_theme_without_it() -> None:
    loose = [list(p) for p in _ALERT]
    loose[3][1] = "后天城区交通管制。"  # the forecasts share nothing among themselves either
    assert _moved(loose, [2, 3], [4, 5, 6, 7]) == [[0, 1], [2, 3], [4, 5, 6, 7]]


def test_a_group_of_two_or_a_full_neighbour_keeps_its_bullets() -> None:
    assert _moved(_ALERT, [2, 3], [4, 6]) == [[0, 1], [2, 3], [4, 6]]
    measures = ["预警要求各地加强山林巡查。", "各地加强山林防火宣传。", "山林景区暂停开放。", "山林作业全部停止。"]
    full = [*_ALERT[:1], measures]
    full += [["各级山林巡护队伍集中驻防，进入待命状态。", "明天各地多云，局地有阵雨。", "后天各地多云，局地有雷雨。"]]
    assert _moved(full, [2, 3, 4, 5], [6, 7, 8]) == [[0, 1], [2, 3, 4, 5], [6, 7, 8]]
