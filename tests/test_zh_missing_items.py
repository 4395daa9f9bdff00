"""A list announced with its count, or numbered, quoted by a group in all its items but one: the
missing item joins the group (engines/zh_missing_items.py). On zh-news 73, the 云南 fishery plan's
"4项重点任务", of which the group said three and left out 罗非鱼 (22万吨, 70亿元)."""

from __future__ import annotations

from citebrief.engines.zh_missing_items import announced
from citebrief.ingest import document_from_text
from citebrief.model import VerdictLabel
from citebrief.pipeline import draft
from citebrief.verify import SourceIndex, check_point
from conftest import shared_article

_TASKS = ("冷水鱼总产量", "大宗淡水鱼总产量", "罗非鱼总产量", "特色淡水鱼总产量")


def test_the_fourth_of_four_tasks_joins_its_group_in_source_order() -> None:
    document = document_from_text(shared_article("zh-news.jsonl", 73), origin="x", kind="text")
    brief = draft(document)
    group = next(g for g in brief.groups if any("4项重点任务" in p.text for p in g.points))
    said = [next(k for k, task in enumerate(_TASKS) if task in p.text) for p in group.points]
    assert said == [0, 1, 2, 3]  # before: [0, 1, 3], 罗非鱼 unsaid
    tilapia = group.points[2]
    assert tilapia.text == "壮大优势罗非鱼，到2025年，罗非鱼总产量和经济总产值分别达到22万吨、70亿元以上。"
    assert check_point(tilapia, SourceIndex(document)).label is VerdictLabel.supported
    assert sum("罗非鱼" in p.text for p in brief.points()) == 1  # said once


_COUNTED = ["提出3项任务：发展冷水鱼，产量达到4万吨；", "提质淡水鱼，产量达到42万吨；", "壮大罗非鱼，产量达到22万吨。"]


def test_a_list_is_announced_by_its_stated_count_or_its_numbers() -> None:
    assert announced(_COUNTED, range(3))
    assert announced(["一是加强监管；", "二是完善制度；", "三是强化考核。"], range(3))
    assert announced(["（一）加强监管；", "（二）完善制度；", "（三）强化考核。"], range(3))


def test_a_count_that_differs_or_no_count_announces_nothing() -> None:
    # "4项" over three clauses: the clauses are not the four items; no count, no numbers: a run of claims
    assert not announced(["提出4项任务：发展冷水鱼；", "提质淡水鱼；", "壮大罗非鱼。"], range(3))
    assert not announced(["要发展冷水鱼；", "提质淡水鱼；", "壮大罗非鱼。"], range(3))
    assert not announced(["一是加强监管；", "完善制度；", "三是强化考核。"], range(3))
