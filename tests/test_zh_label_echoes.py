"""A measure's label the sentence after it spells out only heads it (`text.zh_label_echoes`)."""

from __future__ import annotations

import pytest

from citebrief.text.zh_label_echoes import label_heads_sentence


@pytest.mark.parametrize(
    ("label", "sentence"),
    [
        ("大力发展职业赛事", "着力发展足球、篮球等职业联赛，鼓励有条件的运动项目举办职业赛事。"),
        ("实行失业登记常住地服务", "失业人员可在常住地公共就业服务机构办理失业登记。"),
        ("明确审核内容", "要严格审核行政执法主体是否合法，行政执法人员是否具备执法资格"),
        ("医院自查自评", "各三级公立医院对照绩效考核指标体系，完成对上一年度医院绩效情况的分析评估。"),
        ("关于退耕还林历史遗留问题", "发展改革委上报的退耕还林计划已经国务院批准。"),
    ],
)
def test_a_label_the_measure_says_heads_it(label: str, sentence: str) -> None:
    assert label_heads_sentence(label, sentence)


@pytest.mark.parametrize(
    ("label", "sentence"),
    [
        # the refund does not say it is to keep jobs
        ("加大稳岗支持力度", "对不裁员或少裁员的参保企业，可返还其上年度实际缴纳失业保险费的50%。"),
        # what the rules and their chain of command are for
        ("加强援藏办学工作的领导", "建立制度，理顺关系，形成指挥畅通，职责明确，步调一致，共同负责的管理机制。"),
        # the opening action alone ("加强") is no shared topic
        ("加强组织领导", "各地要加强对试点工作的指导。"),
        # a principle's name stays even where the sentence says it
        ("坚持依法规范", "全面履行法定职责，依法规范执法行为。"),
    ],
)
def test_a_label_that_says_more_than_its_measure_stays(label: str, sentence: str) -> None:
    assert not label_heads_sentence(label, sentence)
