"""Verify reads each thing once a brief (issue #14, warm time): a bullet with no figure reads no
cited paragraph's figures, a bullet's quotation is found once for each run of cited paragraphs
(verify asks it before its checks and again in them), and a sentence's structure verdict is kept
for the brief (draft asks it of every sentence, verify's coverage of the same ones). Each answers
as before."""

from __future__ import annotations

import pytest

from citebrief.model import Point, VerdictLabel
from citebrief.segment import build_document
from citebrief.text import patterns
from citebrief.text.brief_memo import kept_answers, new_brief
from citebrief.verify import SourceIndex, check_point, checks

PAGE = [
    "今年全市新建污水处理厂3座，新增日处理能力12万吨。各区要按期完成管网改造任务。",
    "市水务局负责统筹推进管网改造，并按季度通报各区进展情况。",
]


def test_a_bullet_without_figures_reads_no_paragraph_figures() -> None:
    index = SourceIndex(build_document(PAGE, origin="test", lang="zh"))
    plain = check_point(Point(text="各区要按期完成管网改造任务。", citations=[1]), index)
    assert plain.label is VerdictLabel.supported
    assert "quantities" not in vars(index.paragraph(1))  # never read
    figured = check_point(Point(text="今年全市新建污水处理厂3座，新增日处理能力12万吨。", citations=[1]), index)
    assert figured.label is VerdictLabel.supported
    wrong = check_point(Point(text="今年全市新建污水处理厂5座，新增日处理能力12万吨。", citations=[1]), index)
    assert wrong.label is VerdictLabel.unsupported and wrong.check == "figures"


def test_a_quotation_is_found_once_for_each_run_of_cited_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    index = SourceIndex(build_document(PAGE, origin="test", lang="zh"))
    asked: list[tuple[int, ...]] = []
    find = checks._find_quotation

    def counted(claim: checks.Claim, index: SourceIndex, cited: tuple[int, ...]) -> object:
        asked.append(tuple(cited))
        return find(claim, index, cited)

    monkeypatch.setattr(checks, "_find_quotation", counted)
    claim = index.claim("市水务局负责统筹推进管网改造，并按季度通报各区进展情况。")
    first = checks.find_quotation(claim, index, [2])
    assert first is not None and first[0] == 2
    assert checks.find_quotation(claim, index, [2]) == first
    assert checks.find_quotation(claim, index, [1]) is None
    assert checks.find_quotation(claim, index, [1]) is None
    assert asked == [(2,), (1,)]


def test_a_structure_verdict_is_kept_for_the_brief(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    flat = patterns._flat

    def counted(text: str) -> str:
        read.append(text)
        return flat(text)

    monkeypatch.setattr(patterns, "_flat", counted)
    new_brief()
    lines = ["一、总体要求", "各区要按期完成管网改造任务。"]
    assert [patterns.is_structure(line) for line in lines] == [True, False]
    assert [patterns.is_structure(line) for line in lines] == [True, False]
    assert read == lines  # the second asking read nothing again
    new_brief()  # the next brief reads its sentences afresh
    assert kept_answers() == 0
    assert patterns.is_structure(lines[0])
    assert read == [*lines, lines[0]]
