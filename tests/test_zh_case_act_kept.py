"""A case's act title stays beside sibling groups titled by names (`zh_feature_names.sibling_names`):
the act the case title writes past the person ("孙丙柱利用工程项目谋取私利问题") names the case, the
bare name beside "王健" does not (zh-news 94, pasted)."""

from __future__ import annotations

from citebrief.text.zh_case_title import names_act
from citebrief.text.zh_feature_names import sibling_names

EVERY_TEXT = [
    "宁阳县水利局原科长陈晓明利用审批权限谋取私利问题。陈晓明帮助多家公司中标。陈晓明受到开除党籍处分。",
    "宁阳县交通局原局长刘洋违规发放津贴问题。刘洋违规发放津贴。刘洋受到警告处分。",
]
CASE = (["陈晓明帮助多家公司中标。", "陈晓明受到开除党籍处分。"], [])
NAMED = (["刘洋违规发放津贴。", "刘洋受到警告处分。"], [])


def test_a_cases_act_title_stays_beside_a_named_sibling() -> None:
    assert sibling_names(["利用审批权限谋取私利问题", "刘洋"], [CASE, NAMED], EVERY_TEXT, set())[0] == (
        "利用审批权限谋取私利问题"
    )
    # its head noun dropped to fit a title, it is the case's act still
    assert (
        sibling_names(["利用审批权限谋取私利", "刘洋"], [CASE, NAMED], EVERY_TEXT, set())[0] == "利用审批权限谋取私利"
    )


def test_a_detail_title_still_gives_way_to_the_name() -> None:
    assert sibling_names(["多家公司中标", "刘洋"], [CASE, NAMED], EVERY_TEXT, set())[0] == "陈晓明"


def test_the_act_is_one_written_right_past_the_name_before_the_cases_head() -> None:
    assert names_act("陈晓明", "利用审批权限谋取私利问题", EVERY_TEXT)
    assert not names_act("陈晓明", "帮助多家公司中标", EVERY_TEXT)  # written past the name, no case's head
    assert not names_act("刘洋", "利用审批权限谋取私利问题", EVERY_TEXT)  # another person's act
