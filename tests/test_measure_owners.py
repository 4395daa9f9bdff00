"""A policy's measure keeps who delivers it (`citebrief.engines.measure_owners`): the owner's
parenthesis after a whole measure ("……给予优先支持。（商务部负责）") ends its bullet, word for word."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from citebrief.engines.bullets import near_duplicate
from citebrief.engines.extractive import draft_extractive
from citebrief.engines.measure_owners import MAX_OWNER_CHARS, OWNER_SHARE, owner_after, with_owners, without_owner
from citebrief.ingest import document_from_text
from citebrief.model import Group, Point
from citebrief.verify import verify_brief
from conftest import shared_article

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from brief_checks import Findings, check

MEASURE = "对成效明显的省份给予优先支持。"


@pytest.mark.parametrize(
    ("paragraph", "owner"),
    [
        (f"一、{MEASURE}（商务部负责）", "（商务部负责）"),
        (f"{MEASURE}（负责部门：民航局，适用范围：陕西自贸试验区）", "（负责部门：民航局，适用范围：陕西自贸试验区）"),
        (f"{MEASURE}（农业农村部指导）加快推进快递业绿色包装应用。", "（农业农村部指导）"),  # glued to the next measure
        (f"{MEASURE} （水利部、财政部按职责分工负责）", "（水利部、财政部按职责分工负责）"),
        (f"（二）{MEASURE}（商务部负责）", "（商务部负责）"),
        (f"（体育总局负责）{MEASURE}（商务部负责）", "（商务部负责）"),  # after the measure before's owner
        (f"加强组织领导。{MEASURE}（商务部负责）", "（商务部负责）"),  # the last sentence of a measure
    ],
)
def test_the_owner_after_a_whole_measure(paragraph: str, owner: str) -> None:
    assert owner_after(MEASURE, paragraph) == owner


@pytest.mark.parametrize(
    "paragraph",
    [
        f"{MEASURE}（以下简称试点省份）",  # an aside, no owner
        f"{MEASURE}（各省级人民政府负责）",  # every body of a kind: the measure's subject says as much
        f"{MEASURE}另行安排资金。（商务部负责）",  # the owner of a longer measure, not right after it
        f"编制下达用地计划；{MEASURE}（自然资源部负责）",  # a clause after "；": the owner is the whole run's
        f"{MEASURE}（{'、'.join(['商务部'] * 20)}负责）",  # longer than MAX_OWNER_CHARS
        MEASURE,
    ],
)
def test_no_owner(paragraph: str) -> None:
    assert owner_after(MEASURE, paragraph) == ""


def test_a_measure_cut_short_gets_no_owner() -> None:
    assert owner_after("对成效明显的省份", f"{MEASURE}（商务部负责）") == ""
    assert len("（负责部门：人力资源社会保障部、住房城乡建设部、商务部）") <= MAX_OWNER_CHARS


def test_groups_keep_owners_only_in_a_policy() -> None:
    groups = [Group(title="措施", points=[Point(text=MEASURE, citations=[1])])]
    texts = [f"一、{MEASURE}（商务部负责）"]
    assert with_owners(None, groups) == groups
    assert [p.text for p in with_owners(texts, groups)[0].points] == [MEASURE + "（商务部负责）"]


@pytest.mark.parametrize(
    ("index", "owned", "example"),
    [
        # 30 incentive measures, each "（……负责）": blind reader, coverage 3 without them
        (19, 18, "在外贸转型升级基地培育中给予优先支持。（商务部负责）"),
        # 53 free-trade-zone measures: the owner and, for one zone's measure, its scope
        (24, 19, "执飞西安机场。（负责部门：民航局，适用范围：陕西自贸试验区）"),
    ],
    ids=["19", "24"],
)
def test_the_policy_sets_measures_keep_their_owners(index: int, owned: int, example: str) -> None:
    document = document_from_text(shared_article("zh-policy.jsonl", index), origin="p", kind="text")
    brief = verify_brief(draft_extractive(document), document)
    texts = [p.text for g in brief.groups for p in g.points]
    assert sum(t.endswith(("负责）", "指导）")) or "（负责部门：" in t for t in texts) >= owned
    assert any(t.endswith(example) for t in texts)
    assert not any(t.startswith("（") for t in texts)  # never a bullet that is an owner alone
    assert all(p.support is not None and p.support.label == "supported" for g in brief.groups for p in g.points)


@pytest.mark.parametrize(
    ("index", "measure"),
    [
        # 6 of 26 bullets had an owner: "……逆向回收体系。（国家发展改革委、……、市场监管总局指导）"
        (25, "基本建成废弃产品逆向回收体系。"),
        # 2 of 26: "……人员培训等服务。（体育总局、民政部负责）", marked down as clutter by the stop-80 blind readers
        (37, "鼓励利用学校体育场馆举办体育赛事。"),
        (37, "人员培训等服务。"),
        # 3 of 20: "……贷款可获得性。（财政部、工业和信息化部、人民银行、银保监会负责）"
        (7, "提高小微企业贷款可获得性。"),
    ],
    ids=["25", "37-venues", "37-agencies", "7"],
)
def test_a_few_owned_measures_among_many_keep_no_owner(index: int, measure: str) -> None:
    document = document_from_text(shared_article("zh-policy.jsonl", index), origin="p", kind="text")
    brief = verify_brief(draft_extractive(document), document)
    texts = [p.text for g in brief.groups for p in g.points]
    assert any(t.endswith(measure) for t in texts)
    assert not any(t.endswith(("负责）", "指导）")) or "（负责部门：" in t for t in texts)
    assert all(p.support is not None and p.support.label == "supported" for g in brief.groups for p in g.points)


def test_owners_go_on_only_where_half_the_bullets_or_more_have_one() -> None:
    texts = [f"一、{MEASURE}（商务部负责）", "二、加强组织领导。", "三、做好宣传引导。"]
    one_of_three = [
        Group(title="措施", points=[Point(text=MEASURE, citations=[1]), Point(text="加强组织领导。", citations=[2])]),
        Group(title="保障", points=[Point(text="做好宣传引导。", citations=[3])]),
    ]
    assert with_owners(texts, one_of_three) == one_of_three
    one_of_two = one_of_three[:1]
    assert [p.text for p in with_owners(texts, one_of_two)[0].points] == [MEASURE + "（商务部负责）", "加强组织领导。"]
    assert OWNER_SHARE == 0.5


def test_a_generic_owner_is_left_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """zh-policy 7 [20]: "各省、自治区、直辖市人民政府要……" needs no "（各省级人民政府负责）" — read with
    owners on every owned measure (the brief itself has too few to get any: `OWNER_SHARE`)."""
    monkeypatch.setattr("citebrief.engines.measure_owners.OWNER_SHARE", 0.0)
    document = document_from_text(shared_article("zh-policy.jsonl", 7), origin="p", kind="text")
    texts = [p.text for g in draft_extractive(document).groups for p in g.points]
    assert any(t.endswith("负责）") for t in texts)
    assert not any("（各" in t for t in texts)


def test_two_measures_of_one_owner_are_not_one_point_twice() -> None:
    """zh-policy 24 [43] and [44]: two derivatives measures that share only their qualifiers and
    their owners were a duplicate to issue #9's check once the owners were kept."""
    owner = "（负责部门：人民银行、银保监会、外汇局）"
    first = "允许区内银行在依法合规、风险可控的前提下为境外机构办理人民币衍生产品等业务。"
    second = "支持地方法人银行在依法合规、风险可控的前提下开展远期结售汇业务。"
    assert without_owner(first + owner) == first
    assert without_owner("已印发实施细则（以下简称细则）") == "已印发实施细则（以下简称细则）"
    assert near_duplicate(first + owner, second + owner, "zh") == near_duplicate(first, second, "zh")
    document = document_from_text(shared_article("zh-policy.jsonl", 24), origin="p", kind="text")
    found = Findings()
    check(document, draft_extractive(document), found, "24")
    assert found.duplicates == []
