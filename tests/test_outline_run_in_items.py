"""A numbered item whose next sibling follows it in the same paragraph is a run-in list's item,
not a section heading: a news item's numbered advice cut into paragraphs titled a group by one
instruction, cut short, over the next item's text (zh-news 116)."""

from __future__ import annotations

from citebrief.text.outline import find_outline


def test_items_run_in_one_after_another_are_no_headings() -> None:
    paragraphs = [
        "暴雨将至，气象台发布预警。防范指引：1.学校停课一天。2.景区暂停开放。",
        "3.停止室外大型活动和高处施工作业。4.撤离低洼地区居民，确保人员安全。各地已启动应急响应。",
        "5.有关部门做好抢险物资储备。",
    ]
    assert find_outline(paragraphs, "zh") == []


def test_a_heading_with_a_body_of_its_own_stays_a_heading() -> None:
    paragraphs = ["（一）加强组织领导。各地要建立工作机制。", "（二）加大资金投入。财政要安排专项资金。"]
    assert [h.label for h in find_outline(paragraphs, "zh")] == ["加强组织领导", "加大资金投入"]
