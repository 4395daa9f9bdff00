"""An official title's subject kept whole where the cut to a title's length took its front."""

from __future__ import annotations

import pytest

from citebrief.text.official_subject import frame_subject, reply_subject, whole_subject, without_occasion
from citebrief.text.official_title import title_subject


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("国务院关于同意建立国务院职业教育工作部际联席会议制度的批复", "职业教育工作部际联席会议"),
        ("国务院办公厅关于推广第二批支持创新相关改革举措的通知", "支持创新相关改革举措"),
        ("国务院办公厅关于广东与香港、澳门合建自动气象站网有关问题的复函", "合建自动气象站网"),
        ("国务院办公厅关于印发国家组织药品集中采购和使用试点方案的通知", "药品集中采购和使用试点"),
        # "有关文件贯彻落实工作": which documents is what they are on
        ("国务院办公厅关于抓好赋予科研机构和人员更大自主权有关文件贯彻落实工作的通知", "科研机构和人员更大自主权"),
    ],
)
def test_front_cut_subject_is_made_whole(title: str, expected: str) -> None:
    assert whole_subject(title, title_subject(title, []), []) == expected


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        ("国务院关于做好当前和今后一个时期促进就业工作的若干意见", "今后一个时期促进就业工作"),  # a time, no partner
        ("国务院关于2018年度国家科学技术奖励的决定", "国家科学技术奖励"),  # not cut: 年度 frames it
        ("国务院关于同意组建2008年北京奥运会首都国际机场协调委员会的批复", "首都国际机场协调委员会"),
    ],
)
def test_subject_not_cut_is_kept(title: str, subject: str) -> None:
    assert whole_subject(title, subject, []) == subject


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("国务院办公厅关于湖北省在温家宝总理考察工作时所提问题和建议办理情况的函", "湖北省所提问题和建议"),
        ("国务院办公厅关于四川省在温家宝总理考察工作时所提问题和建议办理情况的函", "四川省所提问题和建议"),
        ("国务院办公厅关于2019年部分节假日安排的通知", ""),  # no reply to a province's requests
    ],
)
def test_a_reply_is_about_who_asked_what_not_its_occasion(title: str, expected: str) -> None:
    assert reply_subject(title) == expected
    if expected:
        assert without_occasion(title) == "国务院办公厅关于" + expected + "办理情况的函"
    else:
        assert without_occasion(title) == title


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "国务院关于在海南博鳌乐城国际医疗旅游先行区暂时调整实施《中华人民共和国药品管理法实施条例》有关规定的决定",
            "药品管理法实施条例",  # the law the decision adjusts, not the zone's "国际医疗旅游"
        ),
        (
            "国务院办公厅关于印发文化体制改革中经营性文化事业单位转制为企业和进一步支持文化企业发展两个规定的通知",
            "文化体制改革",  # both documents' frame, not the second's name
        ),
        ("国务院办公厅关于2019年部分节假日安排的通知", ""),
    ],
)
def test_a_title_on_a_law_or_on_several_documents_is_about_the_law_or_their_frame(title: str, expected: str) -> None:
    assert frame_subject(title) == expected
