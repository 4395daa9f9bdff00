"""A plan's definitions of its term give the overview's place to its aims and targets
(`engines.policy_overview_terms`, and `policy_parts`' goal headings: "（四）试点目标。")."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.policy_overview_terms import without_definitions
from citebrief.ingest import document_from_text
from conftest import shared_article

_TEXTS = [
    "“无废城市”是以新发展理念为引领，将固体废物环境影响降至最低的城市发展模式。",
    "“无废城市”并不是没有固体废物产生，而是一种先进的城市管理理念。",
    "现阶段，要通过“无废城市”建设试点，统筹经济社会发展中的固体废物管理。",
    "到2020年，系统构建“无废城市”建设指标体系。",
    "通过在试点城市深化固体废物综合管理改革，形成一批可复制、可推广的示范模式。",
]


def test_definitions_leave_the_pool_where_enough_remain() -> None:
    assert without_definitions([0, 1, 2, 3, 4], _TEXTS) == [2, 3, 4]


def test_definitions_stay_where_too_few_others_remain() -> None:
    assert without_definitions([0, 1, 2, 3], _TEXTS) == [0, 1, 2, 3]
    assert without_definitions([2, 3, 4], _TEXTS) == [2, 3, 4]


def test_a_pilot_plans_overview_gives_its_aim_and_targets() -> None:
    """govcn_5359620 ("无废城市" pilot): the overview held two definitions of the term before the
    pilot's aim; now the aim, then the targets of "（四）试点目标。"."""
    document = document_from_text(shared_article("zh-policy.jsonl", 25), origin="x", kind="text")
    points = [p.text for p in draft_extractive(document).groups[0].points]
    assert not any(text.startswith("“无废城市”") for text in points)
    assert points[0].startswith("现阶段，要通过“无废城市”建设试点")
    assert any(text.startswith("到2020年，系统构建“无废城市”建设指标体系") for text in points)
