"""A person's case whose name and act overflow a title is titled by the act alone, as its title
writes it: not by a clause of one bullet ("孙丙柱利用职务便利", zh-news 94)."""

from __future__ import annotations

from citebrief.engines.themes import OVERVIEW_THEME
from citebrief.text.zh_case_title import case_group_titles, person_act

REPORT = [
    "近日，宁阳县纪委监委通报2起典型问题。",
    "宁阳县水利局原科长陈晓明利用审批权限谋取私利问题。",  # 陈晓明 + a 12-character act: 15 in all
    "陈晓明利用职务便利，帮助多家公司中标，并收受财物。",
    "2023年5月，陈晓明受到开除党籍处分。",
    "宁阳县交通局原局长刘洋违规发放津贴补贴问题。",
    "刘洋违规向职工发放津贴补贴共计八万元。",
    "2023年6月，刘洋受到党内警告处分。",
]
THEMES = [OVERVIEW_THEME, 0, 0, 0, 1, 1, 1]


def test_a_persons_case_too_long_with_its_name_is_titled_by_its_act() -> None:
    assert case_group_titles(REPORT, THEMES) == {0: "利用审批权限谋取私利问题", 1: "刘洋违规发放津贴补贴问题"}


def test_the_act_is_cut_past_the_name_only_where_the_name_reads_sure() -> None:
    assert person_act(REPORT[1]) == "利用审批权限谋取私利问题"
    assert person_act("宁阳县葛石镇原党委书记王健在土地征收工作中失职问题。") == ""  # 王/健在: a mis-cut name
    assert person_act("2、宁阳县下寨村违法占地问题。") == ""  # a place's case, no person's
