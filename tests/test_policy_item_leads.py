"""A policy group quoting one numbered item twice gives its plain second bullet to the lead of an
uncited item of the same list (`citebrief.engines.policy_item_leads`)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from conftest import shared_article


def _group(record: int, title: str) -> list[tuple[str, list[int]]]:
    document = document_from_text(shared_article("zh-policy.jsonl", record), origin="p", kind="text")
    group = next(g for g in draft_extractive(document).groups if title in g.title)
    return [(p.text, p.citations) for p in group.points]


def test_an_uncited_tasks_lead_takes_a_second_bullet_of_one_task() -> None:
    """govcn_5338761 (record 15): "试点任务" quoted "（二）形成标准规范" twice while "（五）强化安全
    保障" went uncited."""
    said = _group(15, "试点任务")
    assert any("网络安全法" in text and cited == [27] for text, cited in said), said
    assert sum(cited == [24] for _, cited in said) == 1, said  # the standards item once
    assert any("编制集约化平台建设标准" in text for text, _ in said), said  # ... by its lead
    # the swap keeps the group's size; then each of the list's five tasks is said (`policy_task_items`)
    assert len(said) == 6, said


def test_a_bullet_with_a_figure_or_deadline_stays() -> None:
    """govcn_5354528 (record 5): "（六）加强事后公开" keeps its 20-day and January deadlines; its plain
    bullet ("……撤下原行政执法决定信息") gives way to "（五）规范事中公示"."""
    said = [text for text, _ in _group(5, "行政执法公示制度")]
    assert any("20个工作日内" in text for text in said), said
    assert any("1月31日前" in text for text in said), said
    assert any("必须主动出示执法证件" in text for text in said), said
    assert not any("撤下原行政执法决定信息" in text for text in said), said
