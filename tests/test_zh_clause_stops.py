"""A Chinese bullet that ends where a clause of its source ends ("……；" or "……，") ends with "。"
(`citebrief.engines.zh_clause_stops`), and verify reads that "。" back as the source's mark
(verify/checks.py `find_quotation`): a quotation still, supported."""

from __future__ import annotations

import pytest
from tests.helpers import verdict_on

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_clause_stops import clause_stopped
from citebrief.ingest import document_from_text
from citebrief.model import Group, Point, VerdictLabel
from citebrief.segment import build_document
from citebrief.verify import verify_brief
from conftest import shared_article

PAGE = [
    "各试点城市要加强组织领导，层层压实责任；相关省份要密切跟踪试点落实情况，给予试点城市支持。",
    "国家医保局承担制定试点方案的职责，指导各地医保部门做好医保支付工作，重大问题及时报告。",
    "对成效明显的省份给予优先支持。（商务部负责）",
    "联合采购办公室负责组织集中采购的具体工作安排",
]


def _stopped(text: str, citations: list[int], page: list[str] = PAGE) -> str:
    document = build_document(page, origin="test", title="试点方案")
    groups = [Group(title="试点", points=[Point(text=text, citations=citations)])]
    return clause_stopped(document, groups)[0].points[0].text


@pytest.mark.parametrize(
    ("text", "citations"),
    [
        ("各试点城市要加强组织领导，层层压实责任", [1]),  # a "；"-run's first clause
        ("国家医保局承担制定试点方案的职责，指导各地医保部门做好医保支付工作", [2]),  # leading clauses
    ],
)
def test_a_bullet_ending_on_its_sources_clause_mark_ends_with_a_stop(text: str, citations: list[int]) -> None:
    assert _stopped(text, citations) == text + "。"


@pytest.mark.parametrize(
    ("text", "citations"),
    [
        ("相关省份要密切跟踪试点落实情况，给予试点城市支持。", [1]),  # already whole
        ("对成效明显的省份给予优先支持。（商务部负责）", [3]),  # its owner after the stop
        ("联合采购办公室负责组织集中采购的具体工作安排", [4]),  # a line with no stop in its source
        ("国家医保局承担制定试点方案", [2]),  # ends mid-clause
        ("各试点城市要加强组织领导，层层压实责任", [2]),  # its clause not in the paragraph it cites
    ],
)
def test_other_bullets_stay_as_they_are(text: str, citations: list[int]) -> None:
    assert _stopped(text, citations) == text


def test_an_english_brief_is_left_alone() -> None:
    page = ["The council met on Monday, and it agreed the plan; the vote was close."]
    assert _stopped("The council met on Monday", [1], page) == "The council met on Monday"


@pytest.mark.parametrize(
    ("text", "citations"),
    [
        ("各试点城市要加强组织领导，层层压实责任。", [1]),  # the source's "；" there
        ("国家医保局承担制定试点方案的职责，指导各地医保部门做好医保支付工作。", [2]),  # its "，"
    ],
)
def test_verify_reads_the_stop_as_the_sources_clause_mark(text: str, citations: list[int]) -> None:
    label, reason = verdict_on(PAGE, text, citations, "试点方案")
    assert label is VerdictLabel.supported and "quoted" in reason


def test_a_stop_where_the_source_goes_on_mid_clause_is_no_quotation() -> None:
    _, reason = verdict_on(PAGE, "国家医保局承担制定试点方案。", [2], "试点方案")
    assert "quoted" not in reason


@pytest.mark.parametrize(
    ("index", "opening", "cited"),
    [
        (28, "选择北京、天津、上海", 12),  # blind read: "cut off with no full stop"
        (28, "国家医保局承担制定试点方案", 29),
        (30, "联席会议设召集人1人", 17),  # was "设副召集人2人，……", "a fragment with no subject or full stop"
        (31, "有关部门研究提出了办理意见", 13),  # "cut off mid-sentence (no full stop)"
    ],
)
def test_zh_policy_bullets_cut_at_a_clause_end_with_a_stop(index: int, opening: str, cited: int) -> None:
    document = document_from_text(shared_article("zh-policy.jsonl", index), origin="test", kind="text")
    brief = verify_brief(draft_extractive(document), document)
    point = next(p for g in brief.groups for p in g.points if p.text.startswith(opening))
    assert point.text.endswith("。") and cited in point.citations
    assert point.support is not None and point.support.label is VerdictLabel.supported
