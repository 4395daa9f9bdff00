"""Verify reads a brief in time linear in what it must read (issue #14): a bullet that ends on no
sentence mark is not cut into sentences (`quoted_sentences.joined_sentences`: the cut fails at every
start after the last mark only after running to the end), a paragraph is claim-sized once its kept
sentences are (`brief_figures._says_what_to_cite` asks `is_structure` no further), and a line that
ends on no digit is not searched for a page number (`structure._key`). Each reads as before."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from citebrief.segment import build_document
from citebrief.text import structure
from citebrief.verify import SourceIndex, brief_figures, quoted_sentences
from citebrief.verify.quoted_sentences import joined_sentences

PAGE = [
    "各地要在年底前完成老旧小区排水管网的全面改造工作。改造资金由市县两级财政按比例共同分担。",
    "省住房城乡建设厅负责对改造工作进行督导检查并通报进展。",
]


class _Spy:
    """A pattern that counts what it is asked and answers as the pattern it stands for."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.asked = 0

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self.pattern, name)

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.asked += 1
            return method(*args, **kwargs)

        return counted


def test_a_bullet_ending_on_a_clause_is_not_cut_into_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    index = SourceIndex(build_document(PAGE, origin="test", lang="zh"))
    spy = _Spy(quoted_sentences._ZH_SENTENCE)
    monkeypatch.setattr(quoted_sentences, "_ZH_SENTENCE", spy)
    # "……工作；" of a bullet closed at "；" (`checks.find_quotation` tries it so): no whole sentences
    assert joined_sentences("各地要在年底前完成老旧小区排水管网的全面改造工作；", index, [1]) is None
    assert spy.asked == 0
    # two sentences, each word for word in its cited paragraph: still quoted
    bullet = "改造资金由市县两级财政按比例共同分担。省住房城乡建设厅负责对改造工作进行督导检查并通报进展。"
    found = joined_sentences(bullet, index, [1, 2])
    assert found is not None and found[0] == 1
    assert spy.asked == 1


def test_a_paragraph_is_claim_sized_at_its_first_kept_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    index = SourceIndex(build_document(PAGE, origin="test", lang="zh"))
    asked: list[str] = []

    def is_structure(text: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(brief_figures, "is_structure", is_structure)
    assert brief_figures._says_what_to_cite(index.paragraphs[0], "zh")
    assert asked == ["各地要在年底前完成老旧小区排水管网的全面改造工作。"]


def test_a_reply_opening_of_formulas_is_still_nothing_to_cite() -> None:
    opening = build_document(["你部关于调整工作安排的请示收悉。经国务院批准，现函复如下："], origin="test", lang="zh")
    assert not brief_figures._says_what_to_cite(SourceIndex(opening).paragraphs[0], "zh")


def test_only_a_line_ending_on_a_digit_is_searched_for_its_page_number(monkeypatch: pytest.MonkeyPatch) -> None:
    spy = _Spy(structure._PAGE_NUMBER)
    monkeypatch.setattr(structure, "_PAGE_NUMBER", spy)
    assert structure._key("一、总体要求") == "一、总体要求"
    assert spy.asked == 0
    assert structure._key("一、总体要求 ...... 3") == "一、总体要求"
    assert structure._key("第一章 总则 12\n") == "第一章总则"
    assert spy.asked == 2


def _contents_by_every_pair(paragraphs: list[str]) -> list[int]:
    """`structure._contents` as its rule reads, every short line against every later line."""
    keys = [re.sub(r"[\s.…·]+", "", re.sub(r"(?:\.{3,}|…{2,}|\s)\s*\d{1,4}\s*$", "", p)) for p in paragraphs]
    short = [len(p.strip()) <= structure.CONTENTS_LINE_CHARS and bool(keys[i]) for i, p in enumerate(paragraphs)]

    def repeated(i: int) -> bool:
        return short[i] and any(keys[j].startswith(keys[i]) for j in range(i + 1, len(keys)))

    found: list[int] = []
    i = 0
    while i < len(paragraphs):
        titled = paragraphs[i].strip() == "目录"
        start = end = i + 1 if titled else i
        while end < len(paragraphs) and repeated(end):
            end += 1
        if titled or end - start >= 3:
            found.extend(range(i, end))
            i = max(end, i + 1)
        else:
            i += 1
    return found


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "目录",
            "一、总体要求 1",
            "二、主要任务……3",
            "三、保障措施 ...... 5",
            "一、总体要求",
            "正文。",
            "二、主要任务",
        ],
        [
            "一、总体要求",
            "二、主要任务",
            "三、保障措施",
            "一、总体要求（一）指导思想。",
            "二、主要任务明确。",
            "三、保障措施。",
        ],
        ["第一章 总则 1", "第二章 附则 9", "第三章 罚则 12", "第一章 总则", "第二章 附则", "第三章 罚则。"],
        ["甲", "乙", "丙", "甲乙", "乙丙", "丙甲", "丁"],
    ],
)
def test_a_table_of_contents_is_found_as_by_every_pair(paragraphs: list[str]) -> None:
    assert structure._contents(paragraphs) == _contents_by_every_pair(paragraphs)
