"""A full group swaps its least specific bullet for an unsaid amount (`engines.policy_full_amounts`)."""

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


def test_a_full_group_says_the_certificate_deduction_over_keeping_the_certificate() -> None:
    """govcn_5351181 (record 33): the continuing-education group, full, cited 第八条 ([20]) and left
    its "3600元" deduction unsaid for "……应当留存相关证书等资料备查" ([22])."""
    group = next(g for g in _brief(33).groups if any("48个月" in p.text for p in g.points))
    assert len(group.points) >= AMOUNT_GROUP
    assert any("3600元" in p.text and 20 in p.citations for p in group.points), group.points
    assert not any("留存相关证书" in p.text for p in group.points)


def test_a_hiring_minimum_replaces_a_vague_encouragement() -> None:
    """govcn_5365341 (record 26): the 产教融合 group said "鼓励……共建一批校内实训基地" while the
    paragraph it cites sets teachers' "3年以上企业工作经历"."""
    points = [p.text for p in _brief(26).points()]
    assert any("3年以上企业工作经历" in text for text in points)
    assert not any(text.startswith("鼓励职业院校建设或校企共建一批校内实训基地") for text in points)


def test_groups_with_room_or_figures_are_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """govcn_5359620 (record 25): no full group leaves a cited amount unsaid; the rule moves nothing."""
    with_rule = [p.text for p in _brief(25).points()]
    monkeypatch.setattr(policy_full_amounts, "swap_in_amounts", lambda *_: None)
    assert [p.text for p in _brief(25).points()] == with_rule
