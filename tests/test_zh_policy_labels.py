"""A Chinese policy group under a heading any document has is titled with the labels its
bullets are the points of, not by the bare heading (`citebrief.text.zh_policy_labels`)."""

from __future__ import annotations

from citebrief.text.zh_policy_labels import labelled_part, labelled_title
from conftest import shared_group_titles

PARAGRAPHS = [
    "坚持依法规范。全面履行法定职责，规范办事流程，明确岗位责任。",
    "坚持改革创新。在确保统一、规范的基础上，鼓励各地区因地制宜、大胆实践。",
    "（三）坚持统筹协调。统筹推进行政执法各项制度建设，加强资源整合、信息共享。",
]
BULLETS = [p.partition("。")[2] for p in PARAGRAPHS]


def test_the_principles_labelled_name_the_group() -> None:
    """The frame "坚持" is left off each principle; an item's number is no part of its label."""
    assert labelled_title("基本原则", BULLETS, PARAGRAPHS) == "基本原则：依法规范、改革创新、统筹协调"


def test_one_label_names_one_bullet_not_the_group() -> None:
    bullets = [BULLETS[0], "各地区要于2019年3月底前制定实施方案，并报司法部备案。"]
    paragraphs = [PARAGRAPHS[0], bullets[1]]
    assert labelled_title("基本原则", bullets, paragraphs) == "基本原则"


def test_a_paragraph_opening_on_a_sentence_has_no_label() -> None:
    """A first sentence longer than a label's few characters is a point, not a label."""
    paragraphs = [
        "各地区各部门要切实加强组织领导和统筹协调。确保法律法规规章严格实施。",
        "各有关部门要按照职责分工抓紧制定配套措施。防止因循守旧、照搬照抄。",
    ]
    bullets = [p.partition("。")[2] for p in paragraphs]
    assert labelled_title("组织实施", bullets, paragraphs) == "组织实施"


def test_labels_too_long_together_leave_the_heading() -> None:
    labels = ("完善行政执法统计年报制度", "推进行政执法数据标准统一", "全面实行执法案卷评查工作")
    paragraphs = [f"{label}。各地要认真组织实施，确保各项任务落到实处。" for label in labels]
    bullets = [p.partition("。")[2] for p in paragraphs]
    assert labelled_title("组织实施", bullets, paragraphs) == "组织实施"
    assert labelled_title("组织实施", bullets[1:], paragraphs[1:]) == "组织实施：行政执法数据标准统一、执法案卷评查工作"


def test_a_notice_on_administrative_enforcement_names_its_principles() -> None:
    """govcn_5354528 (record 5): the principles the group quotes, not the bare "基本原则"."""
    assert "基本原则：依法规范、改革创新、统筹协调" in shared_group_titles("zh-policy.jsonl", 5)


def test_a_principle_of_two_clauses_is_named_by_its_first() -> None:
    """ "坚持公益性导向，提高医疗服务效率。": the principle; a later sentence of its paragraph is
    still its point."""
    paragraphs = [
        "坚持公益性导向，提高医疗服务效率。以满足人民群众健康需求为出发点。强化绩效考核导向，推动医院落实公益性。",
        "坚持属地化管理，做好国家顶层设计。国家制定统一标准、关键指标、体系架构和实现路径。",
    ]
    bullets = ["强化绩效考核导向，推动医院落实公益性。", "国家制定统一标准、关键指标、体系架构和实现路径。"]
    assert labelled_title("基本原则", bullets, paragraphs) == "基本原则：公益性导向、属地化管理"


def test_two_clauses_of_anything_but_a_principle_are_no_label() -> None:
    """ "各地要高度重视，精心组织。" opens a sentence's thought, not a label."""
    paragraphs = [
        f"{lead}，精心组织。各地区要认真抓好落实，确保取得实效。" for lead in ("各地要高度重视", "各部门要密切配合")
    ]
    bullets = [p.partition("。")[2] for p in paragraphs]
    assert labelled_title("组织实施", bullets, paragraphs) == "组织实施"


def test_too_many_paragraph_labels_leave_those_the_bullets_are_the_points_of() -> None:
    """Four bullets in three labelled paragraphs name too much; the two right after their
    labels are named."""
    paragraphs = [
        "建立治理工作协调机制。成立治理工作小组，组长由副秘书长担任。各地要参照建立相应工作机制。",
        "落实治理责任分工。明晰各项工作的主责部门及配合部门，建立联审联管机制。",
        "加强治理工作保障。地方各级人民政府要认真制定治理工作方案。对失职渎职行为要依法依规追究责任。",
    ]
    bullets = [
        "成立治理工作小组，组长由副秘书长担任。",
        "各地要参照建立相应工作机制。",
        "明晰各项工作的主责部门及配合部门，建立联审联管机制。",
        "对失职渎职行为要依法依规追究责任。",
    ]
    paragraphs_of = [paragraphs[0], paragraphs[0], paragraphs[1], paragraphs[2]]
    assert labelled_title("组织实施", bullets, paragraphs_of) == "组织实施：治理工作协调机制、治理责任分工"


def test_two_generic_headings_give_way_to_the_part_and_its_labels() -> None:
    """ "总体要求：基本原则" says where in the document; the principles say what the group holds."""
    assert labelled_part("总体要求：基本原则", BULLETS, PARAGRAPHS) == "基本原则：依法规范、改革创新、统筹协调"
    assert labelled_part("总体要求：基本原则", BULLETS[:1], PARAGRAPHS[:1]) == "总体要求：基本原则"  # one label
    assert labelled_part("保障措施：资金支持", BULLETS, PARAGRAPHS) == "保障措施：资金支持"  # a part of its own
    assert labelled_part("基本原则", BULLETS, PARAGRAPHS) == "基本原则"


def test_a_sports_industry_opinion_names_its_principles_not_its_sections() -> None:
    """govcn_5350734 (record 37): its principles under "一、总体要求（一）基本原则"."""
    titles = shared_group_titles("zh-policy.jsonl", 37)
    assert "基本原则：问题导向、市场驱动、融合发展" in titles
    assert "总体要求：基本原则" not in titles
