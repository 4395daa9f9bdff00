"""A right and the prohibition that limits it are two rules, not one said twice
(`citebrief.engines.opposite_rules`), and a policy group carrying the prohibition carries the
right, whole to its "。" (`citebrief.engines.policy_rights`)."""

from __future__ import annotations

from citebrief.engines.bullets import near_duplicate
from citebrief.engines.extractive import draft_extractive
from citebrief.engines.opposite_rules import opposite_rules
from citebrief.ingest import document_from_text
from conftest import shared_article

RIGHT = "悬挂专用号牌的车辆执行应急救援任务时可以使用警报器、标志灯具"
LIMIT = "非执行应急救援任务时，悬挂专用号牌的车辆不得使用警报器、标志灯具，应遵守有关法律法规。"


def test_a_right_and_its_limit_are_opposite_rules() -> None:
    assert opposite_rules(RIGHT, LIMIT)
    above, below = "户籍人口超过100万的城市，扣除标准为每月1100元", "户籍人口不超过100万的城市，扣除标准为每月800元"
    assert opposite_rules(above, below)
    assert not opposite_rules(LIMIT, "非执行应急救援任务时，车辆不得使用警报器、标志灯具。")  # both forbid
    assert not opposite_rules("不得使用警报器，可以使用标志灯具。", "不得使用警报器。")  # the same limit
    assert not opposite_rules("可以使用警报器。", "可以使用标志灯具。")  # no negation


def test_the_near_duplicate_filter_keeps_a_right_beside_its_limit() -> None:
    assert not near_duplicate(RIGHT, LIMIT, "zh")
    assert near_duplicate(LIMIT, LIMIT.replace("有关法律法规", "法律法规"), "zh")


def test_a_group_with_a_prohibition_carries_the_right_it_limits() -> None:
    """govcn_5347765 (record 32): "道路优先通行权" said "非执行应急救援任务时……不得使用警报器" and
    left out the right itself, cut at its "；" (blind readers: "leaves out the core priority right")."""
    document = document_from_text(shared_article("zh-policy.jsonl", 32), origin="p", kind="text")
    group = next(g for g in draft_extractive(document).groups if "优先通行" in g.title)
    said = [p.text for p in group.points]
    assert any(t.startswith(RIGHT) and t.endswith("其他车辆和行人应当让行。") for t in said), said
    assert any("不得使用警报器" in t for t in said), said
    assert len(said) == 2, said  # in place of a bullet: the brief keeps its size
