"""A reply that answers a province's requests one by one says each request before its answer
(`engines/reply_requests.py`): the group of one question opens on "你省请求，……"."""

from __future__ import annotations

from tests.conftest import shared_groups

from citebrief.engines.reply_requests import _QUESTION, _REQUEST
from citebrief.pipeline import draft
from citebrief.segment import build_document

_SECTIONS = [
    (
        "西河水库建设",
        "你省请求，国家尽快审核西河水库工程项目建议书并安排建设资金。",
        "水利部研究提出了办理意见：西河水库已列入全国中型水库建设规划，水利部将在今年内完成项目建议书的审查。"
        "建设资金将根据中央预算内投资安排情况统筹考虑，对库区移民安置给予适当补助。",
    ),
    (
        "林区道路改造",
        "你省请求，中央对林区道路改造给予专项补助。",
        "交通部会同林业局研究提出了办理意见：林区道路改造已纳入农村公路建设规划，中央将按照每公里20万元的标准给予补助。"
        "林业局将把国有林场道路纳入林业基础设施建设计划，优先安排防火通道。",
    ),
    (
        "茶叶出口基地",
        "你省请求，国家支持你省建设茶叶出口基地。",
        "商务部会同农业部研究提出了办理意见：商务部将把你省茶叶出口基地列入重点扶持名单，在出口信用保险等方面给予支持。"
        "农业部将在良种繁育和病虫害绿色防控项目上对茶园予以倾斜。",
    ),
    (
        "南岭隧道建设",
        "你省建议有关部门加快南岭隧道的审批。",
        "发展改革委研究提出了办理意见：南岭隧道项目可行性研究报告正在评估，评估完成后将尽快按程序报批。"
        "隧道建设所需资金，由车购税资金和地方自筹共同解决。",
    ),
]
_NUMBERS = "一二三四"
PAGE = [
    "国办函〔2010〕9号",
    "东川省人民政府：",
    "2009年5月，国务院有关部门负责同志赴你省调研。对于你省提出的问题和建议，有关部门认真进行了研究，"
    "提出了办理意见，现将有关情况函复如下。",
    *(
        line
        for k, (topic, request, answer) in enumerate(_SECTIONS)
        for line in (f"{_NUMBERS[k]}、关于{topic}问题。{request}", answer)
    ),
    "国务院办公厅",
]


def test_request_and_question_openings() -> None:
    assert _QUESTION.search("三、关于建设项目问题。你省请求，国家在重点产业布局上给予倾斜。")
    assert not _QUESTION.search("三、加强组织领导。")
    for text in ("你省请求，国家给予补助。", "你省广安市请求，国家帮助该市解决困难。", "你省建议有关部门加强监测。"):
        assert _REQUEST.search(text)
    assert not _REQUEST.search("请你省有关部门指导广安市按意见办理。")  # the reply's own ask


def test_each_answer_follows_its_request() -> None:
    document = build_document(PAGE, origin="test", title="国务院办公厅关于东川省所提问题和建议办理情况的函")
    groups = draft(document).groups[1:]
    alone = [[point.text for point in group.points] for group in groups if "、" not in group.title]
    assert len(alone) >= 2
    for bullets in alone:  # the question's own group: what was asked, then the answer
        assert bullets[0].startswith(("你省（东川省）请求，", "你省（东川省）建议")), bullets
        assert any("办理意见" in bullet for bullet in bullets[1:])
    for group in groups:  # a group of two questions keeps its size: no request added
        if "、" in group.title:
            assert not any(point.text.startswith("你省") for point in group.points)


def test_zh_policy_31_states_what_hubei_asked() -> None:
    groups = shared_groups("zh-policy.jsonl", 31)
    (support,) = [group for group in groups if any("对口支援有一定难度" in bullet for bullet in group)]
    assert support[0].startswith("你省（湖北省）请求，") and "对口支援司" in support[0]
