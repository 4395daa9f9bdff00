"""A long heading's noun phrase is not cut inside a name, a number, a coordination's first part
or a clause's subject (issue #9: policy titles cut to fragments)."""

from __future__ import annotations

import pytest

from citebrief.text.headings import heading_phrase
from citebrief.text.noun_phrases import noun_phrase
from citebrief.text.zh_heading_cut import mend_cut


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        # a run of latin letters and numbers is one name: "X证书" names nothing
        ("启动1+X证书制度试点工作", "1+X证书制度试点工作"),
        # a quoted name too long to keep whole without its quotes: the phrase after it
        ("北京市西城区推进“三纵两横一平台”紧密型医联体建设", "紧密型医联体建设"),
        ("吉林省长春市探索打造“审批不见面、办事不求人”政务服务新模式", "政务服务新模式"),
        # a coordination's first part kept whole, where the two parts fit a title
        ("关于黄金产品增值税和黄金产地加工问题", "黄金产品增值税和黄金产地加工"),
        ("关于天然林资源保护和退耕还林工程问题", "天然林资源保护和退耕还林工程"),
        ("建立健全职业教育质量评价和督导评估制度", "职业教育质量评价和督导评估制度"),
        # the cut fell in the subject of a clause: the noun phrase after its verb
        ("推动企业和社会力量举办高质量职业教育", "高质量职业教育"),
        ("上海市嘉定区以科技创新推动区域高质量发展", "区域高质量发展"),
        ("支持自贸试验区依托适合自身特点的账户体系开展人民币跨境业务", "人民币跨境业务"),
    ],
)
def test_a_long_heading_is_not_cut_inside_a_unit(label: str, expected: str) -> None:
    assert heading_phrase(label, "zh") == expected


@pytest.mark.parametrize(
    "label",
    [
        "福建省厦门市深化工程建设项目审批制度改革",  # 审批 is no clause's verb: not cut to "制度改革"
        "授予自贸试验区自由进出口技术合同登记管理权限",  # nor 登记: not "管理权限"
        "全面推行执法全过程记录制度",  # a noun phrase cut between words of a clause's object
        "专利代理机构和专利代理师",  # a heading short enough to stand whole
        "贯彻落实《中华人民共和国安全生产法》配套制度",  # a book title's end names it: "安全生产法配套制度"
        "加快建设全国统一电力市场",
    ],
)
def test_a_clean_cut_is_left_alone(label: str) -> None:
    phrase = noun_phrase(label, "zh")
    assert mend_cut(label, phrase) == phrase


def test_a_coordination_too_long_to_title_whole_keeps_its_phrase() -> None:
    label = "支持平潭口岸建设进境种苗水果和食用水生动物监管作业场所"
    phrase = noun_phrase(label, "zh")
    assert len(mend_cut(label, phrase)) <= 15
