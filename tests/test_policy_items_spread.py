"""A policy group quoting one numbered item twice gives its weaker second bullet to an uncited
item of the same list that states a key measure (`citebrief.engines.policy_items_spread`)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.policy_items_spread import sibling_items
from citebrief.ingest import document_from_text
from conftest import shared_article

TEXTS = [
    "四、组织保障",
    "（十八）加强组织领导。地方各级人民政府要切实加强领导。要建立健全工作机制。",
    "各地区要结合实际制定配套措施，确保各项任务落到实处。",
    "（十九）加强队伍建设。加强执法人员培训。",
    "（二十）加强督促检查。对工作不力的要依纪依法问责。",
    "五、附则",
    "（一）本意见自印发之日起施行。",
]


def test_the_items_of_a_list_are_its_siblings_past_their_unnumbered_paragraphs() -> None:
    assert sibling_items(TEXTS, 2) == [4, 5]
    assert sibling_items(TEXTS, 5) == [2, 4]  # not the next part's "（一）", past its heading
    assert sibling_items(TEXTS, 3) == []  # no item


def test_an_uncited_items_penalty_takes_a_second_bullet_of_one_item() -> None:
    """govcn_5354528 (record 5): "组织保障" quoted "加强组织领导" twice; "（二十一）加强督促检查"
    with its penalty went uncited."""
    document = document_from_text(shared_article("zh-policy.jsonl", 5), origin="p", kind="text")
    group = next(g for g in draft_extractive(document).groups if g.title.startswith("组织保障"))
    said = [p.text for p in group.points]
    assert any("依纪依法问责" in t for t in said), said
    assert any("第一责任人" in t for t in said), said  # the item's first bullet stays
    assert not any("工作协调机制" in t for t in said), said
