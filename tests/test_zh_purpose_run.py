"""A purpose that runs over several clauses is dropped whole, up to the decision it leads to
(engines/zh_purpose_run.py); a regulation's purpose line, its 第一条, is context that no step
gives back (engines/policy_whole_points.set_aside_purposes)."""

from __future__ import annotations

from citebrief.engines.bullets import trim_sentence
from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_purpose_run import purpose_end
from citebrief.ingest import document_from_text
from conftest import shared_article


def test_a_purpose_ends_at_the_decision_not_its_first_comma() -> None:
    clauses = ["为进一步健全机制，", "充分激发各地积极性，", "国务院决定，", "将措施调整为30项。"]
    assert purpose_end(clauses, 1) == 2
    assert purpose_end(["为了规范管理，", "各地要加强监督，", "确保落实。"], 1) == 1  # no decision: as it was
    assert purpose_end(["根据规定，", "各地要落实，", "国务院决定，", "调整措施。"], 1) == 1  # a ground, no purpose
    assert purpose_end(["为支持试点，", "推进改革，", "国务院决定"], 1) == 1  # the decision closes nothing


def test_a_long_purpose_sentence_is_cut_to_its_decision() -> None:
    purpose = (
        "为进一步健全正向激励机制，充分激发和调动各地从实际出发干事创业的积极性、主动性和创造性，"
        "促进形成担当作为、竞相发展的良好局面，"
    )
    decision = (
        "国务院决定，根据新形势新任务新要求，将两年前开始实施的二十四项督查激励措施调整增加为三十项督查激励措施，"
        "对落实有关重大政策措施真抓实干、取得明显成效的地方进一步加大激励支持力度。"
    )
    assert trim_sentence(purpose + decision, "zh") == decision


def _overview(index: int) -> list[str]:
    document = document_from_text(shared_article("zh-policy.jsonl", index), origin="p", kind="text")
    return [p.text for p in draft_extractive(document).groups[0].points]


def test_the_incentive_notice_overview_opens_on_its_decision() -> None:
    """zh-policy 19: the overview's bullet opened mid-purpose, "充分激发和调动各地……"."""
    said = _overview(19)
    assert said[0].startswith("国务院决定，"), said
    assert not any(t.startswith("充分激发") for t in said), said


def test_a_regulations_purpose_line_is_no_bullet() -> None:
    """zh-policy 10: 第一条's "为了规范专利代理行为，……制定本条例。" was given back to the overview,
    though lines.tsv marks it background: its clauses are the formula every regulation opens on
    (issue #9, round-1 tally). The overview says what the regulation governs instead."""
    document = document_from_text(shared_article("zh-policy.jsonl", 10), origin="p", kind="text")
    brief = draft_extractive(document)
    said = [p.text for g in brief.groups for p in g.points]
    assert not any(t.endswith("制定本条例。") for t in said), said
    assert any(t.startswith("本条例所称专利代理") for t in _overview(10)), said
