"""A heading that states a comparison titles its group by what it compares, not by the end a
title's length leaves of it (`zh_compared_heading.compared_subject`, `headings.heading_phrase`)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.headings import heading_phrase
from citebrief.text.zh_compared_heading import compared_finding, compared_subject
from conftest import load_records

COMPARED = "（四）城镇职工基本养老保险基金收入增速多数年份低于支出增速"


def test_a_comparison_cut_inside_its_subject_gives_the_subject() -> None:
    assert heading_phrase(COMPARED, "zh") == "基本养老保险基金收入增速"  # not "增速多数年份低于支出增速"
    assert compared_subject(COMPARED, "增速多数年份低于支出增速") == "基本养老保险基金收入增速"


def test_a_subject_keeps_its_comparison_where_the_two_fit_a_title() -> None:
    # past the adverbs before the comparing verb: 多数年份, 均
    assert heading_phrase("（二）收入增速多数年份低于支出增速", "zh") == "收入增速低于支出增速"
    assert compared_subject("基金收入增速多数年份均低于支出增速", "年份均低于支出增速") == "基金收入增速低于支出增速"
    # too long with it: the subject alone (above); a comparison of two clauses is no title's
    assert compared_subject("（二）收入增速多数年份低于支出增速，结余减少", "结余减少") == "结余减少"


def test_the_finding_is_read_off_the_heading_of_its_subject() -> None:
    assert compared_finding(COMPARED, "基本养老保险基金收入增速") == "低于支出增速"
    assert compared_finding(COMPARED, "收入来源") == ""  # not what it compares
    assert compared_finding("（一）城镇职工基本养老保险基金收入来源", "基本养老保险基金收入来源") == ""
    assert compared_finding("基金收入增速一直低于", "基金收入增速") == ""  # compared with nothing


def test_a_short_comparison_or_a_heading_without_one_keeps_its_phrase() -> None:
    assert compared_subject("（二）收入增速低于支出增速", "收入增速低于支出增速") == "收入增速低于支出增速"
    assert heading_phrase("（一）城镇职工基本养老保险基金收入来源", "zh") == "基本养老保险基金收入来源"
    assert heading_phrase("全面推进行政执法信息化建设", "zh") == "行政执法信息化建设"


def test_a_cut_past_the_comparing_verb_keeps_its_phrase() -> None:
    heading = "各地城镇职工基本养老保险基金结余规模普遍低于全国平均水平"
    assert compared_subject(heading, "全国平均水平") == "全国平均水平"


def test_the_pension_reports_section_is_titled_by_what_it_compares() -> None:
    record = next(r for r in load_records("zh-clts.jsonl") if r["id"] == "clts_plus_sample_3")
    brief = draft_extractive(document_from_text(str(record["article"]), origin="x", kind="text"))
    titles = [g.title for g in brief.groups]
    # merged with (三) 供养比, both named past the subject they repeat, with their findings (`zh_subject_pairs`)
    assert "供养比不断下降、收入增速低于支出增速" in titles, titles
    assert "增速多数年份低于支出增速" not in titles
