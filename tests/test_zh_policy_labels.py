"""A Chinese policy group under a heading any document has is titled with the labels its
bullets are the points of, not by the bare heading (`citebrief.text.zh_policy_labels`)."""

from __future__ import annotations

from citebrief.text.zh_policy_labels import labelled_title
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


def test_a_label_the_bullet_is_not_the_point_of_names_nothing() -> None:
    """A later sentence of a labelled paragraph is not the point the label names."""
    later = ["确保法律法规规章严格实施。", "防止因循守旧、照搬照抄。"]
    paragraphs = [PARAGRAPHS[0] + later[0], PARAGRAPHS[1] + later[1]]
    assert labelled_title("基本原则", later, paragraphs) == "基本原则"


def test_labels_too_long_together_leave_the_heading() -> None:
    labels = ("完善行政执法统计年报制度", "推进行政执法数据标准统一", "全面实行执法案卷评查工作")
    paragraphs = [f"{label}。各地要认真组织实施，确保各项任务落到实处。" for label in labels]
    bullets = [p.partition("。")[2] for p in paragraphs]
    assert labelled_title("组织实施", bullets, paragraphs) == "组织实施"
    assert labelled_title("组织实施", bullets[1:], paragraphs[1:]) == "组织实施：行政执法数据标准统一、执法案卷评查工作"


def test_a_notice_on_administrative_enforcement_names_its_principles() -> None:
    """govcn_5354528 (record 5): the principles the group quotes, not the bare "基本原则"."""
    assert "基本原则：依法规范、改革创新、统筹协调" in shared_group_titles("zh-policy.jsonl", 5)
