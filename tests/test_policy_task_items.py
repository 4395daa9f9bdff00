"""A long plan's task section says each of its numbered tasks, one bullet an item, up to a cap
(`citebrief.engines.policy_task_items`)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.policy_task_items import BRIEF_BULLETS, TASK_BULLETS, brief_budget, task_list
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from conftest import shared_article

TASKS = [
    "二、主要任务",
    "（一）强化顶层设计。建立指标体系。",
    "健全统计制度。",
    "（二）实施工业绿色生产。全面实施绿色开采。",
    "（三）推行农业绿色生产。推动秸秆全量利用。",
    "（四）践行绿色生活方式。加强生活垃圾资源化利用。",
    "（五）强化危险废物全面安全管控。筑牢源头防线。",
]


def _brief(record: int) -> Brief:
    return draft_extractive(document_from_text(shared_article("zh-policy.jsonl", record), origin="p", kind="text"))


def test_a_task_sections_items_run_to_the_next_item() -> None:
    items = task_list(TASKS, list(range(1, len(TASKS) + 1)))
    assert items == [(2, 4), (4, 5), (5, 6), (6, 7), (7, 8)]


def test_a_short_section_or_a_regulations_articles_are_no_task_list() -> None:
    assert task_list(TASKS[:5], [1, 2, 3, 4, 5]) == []  # five paragraphs: its group's bullets say it
    articles = ["第二章 管理", *(f"第{n}条 专利代理机构应当依法执业。" for n in "五六七八九")]
    assert task_list(articles, list(range(1, len(articles) + 1))) == []
    cases = ["第十条 有下列行为之一的，处以罚款：", *(f"（{n}）伪造材料的；" for n in "一二三四五")]
    assert task_list(cases, list(range(1, len(cases) + 1))) == []  # an article's cases, not tasks


def test_a_plans_task_group_says_household_and_hazardous_waste() -> None:
    """govcn_5359620 (record 25, the 无废城市 pilot plan): its "主要任务" of six numbered tasks
    said three (industry twice, farming, the market); household waste (（四）, paragraphs 31-33)
    and hazardous waste (（五）, 34-36) went unsaid. Its tasks are grouped by their （一）–（六）
    headings now (`text/paired_headings.py`): every task is said, household and hazardous waste
    each in a group of its own task, within the cap."""
    brief = _brief(25)
    cited = {n for g in brief.groups for p in g.points for n in p.citations}
    tasks = [range(20, 24), range(24, 28), range(28, 31), range(31, 34), range(34, 37), range(37, 40)]
    assert all(cited & set(task) for task in tasks), brief
    assert 20 in cited  # （一）: the indicator system, by its deadline
    household = next(g for g in brief.groups if any(set(p.citations) & {31, 32, 33} for p in g.points))
    hazardous = next(
        g for g in brief.groups if any("危险废物" in p.text and set(p.citations) & {34, 35, 36} for p in g.points)
    )
    assert household is not hazardous
    assert "绿色生活方式" in household.title and "风险防控" in hazardous.title, brief
    assert len(household.points) <= TASK_BULLETS and len(hazardous.points) <= TASK_BULLETS


def test_a_long_briefs_budget_and_a_support_section_hold() -> None:
    """govcn_5352010 (record 22) had 29 bullets: its budget at most (51 numbered measures: 34, not
    BRIEF_BULLETS); govcn_5354528 (record 5): its "组织保障" (support, not tasks) keeps its three or
    four bullets while its tasks are said."""
    texts = [
        s.text for s in document_from_text(shared_article("zh-policy.jsonl", 22), origin="p", kind="text").segments
    ]
    assert BRIEF_BULLETS < sum(len(g.points) for g in _brief(22).groups) <= brief_budget(texts)
    groups = _brief(5).groups
    support = next(g for g in groups if g.title.startswith("组织保障"))
    assert len(support.points) <= 4, support
    assert any(len(g.points) == 5 for g in groups), groups  # a section of four tasks, each said
