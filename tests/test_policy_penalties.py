"""A regulation's list lead-in that states a sized penalty joins its chapter's group (`engines.policy_penalties`)."""

from __future__ import annotations

import pytest

from citebrief.engines import cover_steps
from citebrief.engines.extractive import draft_extractive
from citebrief.engines.policy_penalties import PENALTY_GROUP
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from citebrief.text.data_files import any_row_pattern
from conftest import shared_article


def _brief(record: int) -> Brief:
    return draft_extractive(document_from_text(shared_article("zh-policy.jsonl", record), origin="p", kind="text"))


def test_the_patent_agency_fines_and_suspensions_are_said_in_the_liability_group() -> None:
    """专利代理条例 (record 10): 第二十五条 ([52]) and 第二十六条 ([59]) open their lists of offences with
    the 10万元/5万元 fines and the 6-12 month suspensions; the 法律责任 group said none of them."""
    group = next(g for g in _brief(10).groups if g.title == "法律责任")
    assert len(group.points) <= PENALTY_GROUP
    agency = next(p for p in group.points if 52 in p.citations)
    assert "10万元以下的罚款" in agency.text and "6个月至12个月" in agency.text
    assert agency.text.startswith("专利代理机构有下列行为之一的") and "执业许可证：（一）" in agency.text
    assert agency.citations == [52, 53, 54, 55, 56, 57]  # with the acts it lists (`zh_lead_in_items`)
    assert any(59 in p.citations and "5万元以下的罚款" in p.text for p in group.points)


def test_without_the_rule_the_fines_go_unsaid(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same brief with the step off says no 罚款 of a lead-in: the step is what says it."""
    monkeypatch.setattr(cover_steps, "add_penalties", lambda *_: None)
    assert not any("10万元" in p.text for p in _brief(10).points())


@pytest.mark.parametrize(
    ("text", "sized"),
    [
        ("可以处10万元以下的罚款", True),
        ("并处违法所得1倍以上5倍以下的罚款", True),
        ("责令停止承接新的专利代理业务6个月至12个月", True),
        ("处1万元以上5万元以下的罚款", True),
        ("没收违法所得", False),
        ("吊销专利代理机构执业许可证", False),
    ],
)
def test_a_penalty_counts_only_with_its_size(text: str, sized: bool) -> None:
    assert bool(any_row_pattern("zh_penalty_amounts.tsv").search(text)) is sized
