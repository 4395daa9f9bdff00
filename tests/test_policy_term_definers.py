"""A Chinese policy's bullet that uses a term its paragraph defined in a sentence the brief leaves
out gives way to that defining sentence (engines/policy_term_definers.py, last of the policy steps
in engines/cover_steps.py): on text written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from citebrief.engines.policy_term_definers import defined_terms, terms_defined
from citebrief.engines.scored import Draft, Scored
from scored_builder import zh_scored


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("对试点品种，以统一招标价格作为医保结算基准，各地同步执行。", "医保结算基准"),  # 以……作为Y
        ("街道办事处作为垃圾分类第一责任人，负责日常监督。", "垃圾分类第一责任人"),  # ……作为Y
        ("以社区卫生服务中心为签约服务主体，逐步扩大覆盖面。", "签约服务主体"),  # 以……为Y
    ],
)
def test_defined_terms(text: str, term: str) -> None:
    assert defined_terms(text) == [term]


@pytest.mark.parametrize(
    "text",
    [
        "坚持以人民为中心，保障群众需求。",  # "中心": a principle's two characters, no term
        "作为一名基层干部，他坚守岗位二十年。",  # a role, no rule
        "各地要加强宣传引导，做好政策解读。",  # no definition
    ],
)
def test_no_defined_terms(text: str) -> None:
    assert defined_terms(text) == []


def _scored() -> Scored:
    return replace(
        zh_scored(
            [
                ["各地要做好试点工作，确保平稳推进。", "试点期限为两年。"],
                [
                    "对试点品种，以统一招标价格作为医保结算基准，各地医保基金按同一基准结算。",
                    "个人购买价格超过结算基准的，超出部分由个人承担，差价较大的可在3年内逐步调整。",
                    "各地要引导群众合理用药。",
                ],
            ]
        ),
        policy=True,
    )


def test_a_sub_rule_gives_way_to_the_rule_defining_its_term() -> None:
    scored = _scored()
    drafts = [Draft(None, [0, 1], "试点"), Draft(1, [3, 4], "医保结算")]
    chosen = [0, 1, 3, 4]
    terms_defined(scored, drafts, chosen)
    assert drafts[1].picked == [2, 4]
    assert sorted(chosen) == [0, 1, 2, 4]
    assert drafts[0].picked == [0, 1]  # the overview is left alone


def test_a_term_the_brief_defines_stays() -> None:
    scored = _scored()
    drafts = [Draft(None, [0, 2], "试点"), Draft(1, [3, 4], "医保结算")]
    chosen = [0, 2, 3, 4]
    terms_defined(scored, drafts, chosen)  # the overview says the rule: the sub-rule adds to it
    assert drafts[1].picked == [3, 4]


def test_not_a_policy() -> None:
    scored = replace(_scored(), policy=False)
    drafts = [Draft(None, [0, 1], "试点"), Draft(1, [3, 4], "医保结算")]
    terms_defined(scored, drafts, [0, 1, 3, 4])
    assert drafts[1].picked == [3, 4]
