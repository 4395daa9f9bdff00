"""A sentence opening on a purpose aimed at "这一问题" ("为了解决这一问题，村委会……") carries the sentence
before it that states the problem (`text.zh_kind_reference`): alone, the reader never learns what it was."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_antecedent_pairs import released_antecedents
from citebrief.ingest import document_from_text
from citebrief.text.zh_kind_reference import refers_back_zh
from scored_builder import zh_scored


@pytest.mark.parametrize(
    "text",
    [
        "为了解决这一问题，村委会组织了夜间巡逻队。",
        "为解决这个难题，村里修起了一座便桥。",
        "为了应对这一困境，工厂调整了排班。",
        "为缓解此矛盾，社区增设了临时停车位。",
    ],
)
def test_a_purpose_aimed_at_a_problem_said_before(text: str) -> None:
    assert refers_back_zh(text, quoted=False)


@pytest.mark.parametrize(
    "text",
    [
        "为了解决停车难问题，社区增设了临时停车位。",  # names its problem
        "村委会为了解决这一问题，组织了夜间巡逻队。",  # the school as subject first: no opening purpose
        "为了孩子们的安全，学校加固了围墙。",  # no problem at all
    ],
)
def test_a_purpose_that_names_its_own_problem(text: str) -> None:
    assert not refers_back_zh(text, quoted=False)


ARTICLE = (
    "山南县实验小学今年秋季新增了课后托管服务，每天下午放学后开放到18时。托管服务开设了阅读、书法、围棋和篮球四类课程。"
    "家长们普遍表示，托管服务减轻了他们接送孩子的压力。\n\n"
    "校长王明说，托管服务刚开始时人手紧张，老师们常常忙不过来。在托管服务中，学校每天为孩子们准备晚餐。"
    "起初，高年级学生没有人辅导。为了解决这一问题，学校向山南师范学院招募了40名大学生志愿者，开设高年级托管班。\n\n"
    "志愿者经过两周培训后上岗，主要负责数学和英语辅导。目前，全校共有820名学生参加托管，占在校生的七成。"
    "县教育局表示，明年将在全县28所小学推广托管服务。\n\n"
    "托管服务的费用由县财政承担，每名学生每学期补助600元。学校还为托管学生购买了意外伤害保险。"
)


def test_the_bullet_says_what_the_problem_was() -> None:
    document = document_from_text(ARTICLE, origin="own", kind="text")
    bullets = [p.text for g in draft_extractive(document).groups for p in g.points]
    purpose = [b for b in bullets if "为了解决这一问题" in b]
    assert purpose, bullets
    assert all(b.startswith("起初，高年级学生没有人辅导。") for b in purpose), bullets


def test_an_antecedent_stays_where_its_bullet_is_carried_in_turn() -> None:
    # the problem, the purpose aimed at it, and "该疗法……" that carries the purpose: the last bullet
    # carries the middle one and nothing more, so the first keeps a bullet of its own
    scored = zh_scored(
        [
            ["目前，结节常规治疗方法为外科切除。"],
            [
                "由于结节紧贴神经，医生难以把握消融范围，这是治疗的最大难点。",
                "为解决这一难题，团队研制了一种可实时测温的消融探头。",
                "该疗法将两小时的手术缩短为二十分钟。",
            ],
            ["研究共纳入86例患者，随访12个月。"],
        ]
    )
    assert released_antecedents(scored, [[0], [1, 2, 3, 4]]) == [[0], [1, 3, 4]]
