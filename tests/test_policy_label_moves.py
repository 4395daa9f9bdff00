"""A policy overview's later bullet goes down to the group its paragraph's own label titles
(`citebrief.engines.policy_label_moves`, `citebrief.text.report_kinds.opening_label`)."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from citebrief.text.report_kinds import opening_label
from conftest import shared_article


def _brief(index: int) -> Brief:
    """The brief of a zh-policy record's text as pasted (the blind readers' form)."""
    document = document_from_text(shared_article("zh-policy.jsonl", index), origin=f"p-{index}", kind="text")
    return draft_extractive(document)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("具体指标：到2022年，建设50所学校。", "具体指标"),
        ("总体要求与目标:坚持改革。", "总体要求与目标"),
        ("到2022年，具体指标：建设50所学校。", ""),
        ("一、完善制度体系", ""),
    ],
)
def test_opening_label(text: str, label: str) -> None:
    """Only a label that opens the paragraph, before its colon, counts."""
    assert opening_label(text) == label


def test_a_target_sits_in_its_labels_group() -> None:
    """govcn_5365341 (record 26): "……推动建设300个……实训基地" opens no section but the paragraph
    labelled "具体指标：", and the group below the overview is titled 具体指标; it was the overview's
    third point, read as misfiled. Now that group holds it and the overview keeps two points."""
    brief = _brief(26)
    overview = [p.text for p in brief.groups[0].points]
    assert len(overview) == 2
    assert not any("推动建设300个" in text for text in overview)
    targets = next(g for g in brief.groups if g.title == "具体指标")
    assert any("推动建设300个" in p.text for p in targets.points)
    assert [c for p in targets.points for c in p.citations if "推动建设300个" in p.text] == [10]
