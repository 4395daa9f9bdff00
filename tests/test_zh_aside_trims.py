"""A list's first clause said with a bracketed aside shortened still goes on to the whole list
(engines/zh_aside_trims.py, read by `zh_item_lists`)."""

from __future__ import annotations

from citebrief.engines.zh_aside_trims import ends_on_clause, without_asides
from conftest import shared_groups


def test_asides_are_left_out() -> None:
    assert without_asides("从通过评价（含新注册分类，简称评价，下同）的药品中遴选") == "从通过评价的药品中遴选"
    assert without_asides("选择11个城市(试点)开展工作") == "选择11个城市开展工作"
    assert without_asides("没有括号的句子") == "没有括号的句子"


def test_a_shortened_aside_still_ends_on_its_clause() -> None:
    clause = "从通过评价（含新注册分类，简称评价，下同）的药品中遴选品种"
    assert ends_on_clause("从通过评价（含新注册分类）的药品中遴选品种", clause)
    assert ends_on_clause("根据部署，" + clause, clause)  # said whole, a lead before it
    assert not ends_on_clause("从通过评价（含新注册分类）的药品中", clause)  # cut short of the clause's end
    assert not ends_on_clause("从通过评价的药品中遴选试点", "从通过评价的药品中遴选品种")  # no aside: other words


def test_the_goals_list_is_said_whole() -> None:
    """zh-policy 28 (readers: '探索完善药品集中采购机制……' is a subjectless list item): the 目标任务
    sentence's first clause had its "（……，简称一致性评价，下同）" shortened, so the list rule took the
    bullet for one cut short and its last clause stood alone after it."""
    bullets = [b for group in shared_groups("zh-policy.jsonl", 28) for b in group]
    assert "探索完善药品集中采购机制和以市场为主导的药品价格形成机制。" not in bullets
    goals = next(b for b in bullets if b.startswith("选择北京"))
    assert goals.endswith("支持公立医院改革；探索完善药品集中采购机制和以市场为主导的药品价格形成机制。")
    assert "（含按化学药品新注册分类批准上市）" in goals
