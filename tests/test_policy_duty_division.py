"""A theme group's uncited division of duties among bodies takes the place of the lighter bullet of
a paragraph the group quotes twice (`citebrief.engines.policy_duty_division`)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.policy_duty_division import assigns
from citebrief.ingest import document_from_text
from conftest import shared_article


def test_an_assignment_opens_on_a_body_and_what_it_answers_for() -> None:
    assert assigns("国家药监局负责对通过一致性评价的品种进行认定，")
    assert assigns("国家医保局承担制定试点方案、相关政策和监督实施的职责，")
    assert not assigns("为确保试点达到目的，医保、医疗、医药主管部门要各司其职，协调联动。")
    assert not assigns("要压实医疗机构责任，确保用量。")


def test_the_division_of_duties_replaces_a_second_bullet_of_one_paragraph() -> None:
    """govcn_5358604 (record 28): 政策衔接 quoted [28] twice and left out 明确部门职责 [29]."""
    document = document_from_text(shared_article("zh-policy.jsonl", 28), origin="p", kind="text")
    group = next(g for g in draft_extractive(document).groups if g.title == "政策衔接")
    said = [p.text for p in group.points]
    assert any(t.startswith("国家医保局承担制定试点方案") for t in said), said
    assert any("予以惩戒" in t for t in said), said  # the paragraph's penalty stays
    assert not any(t.startswith("鼓励使用集中采购中选的药品") for t in said), said
