"""A group says the amounts of the paragraphs it cites (`citebrief.engines.policy_amounts`)."""

from __future__ import annotations

import pytest

from citebrief.engines import policy_full_amounts
from citebrief.engines.extractive import draft_extractive
from citebrief.engines.policy_amounts import AMOUNT_GROUP
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from conftest import shared_article


def _brief(record: int) -> Brief:
    return draft_extractive(document_from_text(shared_article("zh-policy.jsonl", record), origin="p", kind="text"))


def test_a_group_citing_an_article_for_its_term_says_its_amount_too() -> None:
    """govcn_5351181 (record 33, the individual income tax deductions): the group on continuing
    education cited 第八条 ([20]) for "扣除期限不能超过48个月" and left its "每月400元" unsaid."""
    group = next(g for g in _brief(33).groups if any("48个月" in p.text for p in g.points))
    assert any("每月400元" in p.text and 20 in p.citations for p in group.points), group.points
    # the 子女教育 chapter's "每月1000元" ([14]) comes down from the overview besides: the group
    # gathers two chapters (`policy_overview_measures`); the amounts grow it to AMOUNT_GROUP at most
    assert len([p for p in group.points if 14 not in p.citations]) <= AMOUNT_GROUP


def test_a_full_group_or_a_said_amount_adds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """govcn_5359620 (record 25): its groups state their paragraphs' amounts or are full; the
    rule leaves the brief as it was."""
    with_rule = [p.text for p in _brief(25).points()]
    monkeypatch.setattr(policy_full_amounts, "add_amounts", lambda *_: None)
    assert [p.text for p in _brief(25).points()] == with_rule
