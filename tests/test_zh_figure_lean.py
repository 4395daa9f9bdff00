"""A "……比例会更高" sentence with no figure of its own carries the sentence before it that gives the
measure its figure (`text.zh_figure_lean`): zh-news 36's bullet says what the ratio is higher than."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.zh_figure_lean import leans_on_figure
from conftest import shared_article


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("如果考虑到这一情况，未被追究的人员比例会更高。", "两类案件数的比例大概在1∶3，有的年份达到1∶4。"),
        ("算上临时工，这一比重还要更大。", "外来人口占比重为３０%。"),
        ("实际参与的人数可能更多。", "据统计，参与人数超过2000人。"),
    ],
)
def test_a_measure_compared_to_the_figure_before(text: str, before: str) -> None:
    assert leans_on_figure(text, before)


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("未被追究的人员比例会更高。", "两类案件数差距较大。"),  # no figure before
        ("未被追究的人员比例会更高。", "今年共受理案件1200件。"),  # a figure, but of no ratio
        ("今年女性比例更高，达到52%。", "去年女性比例为48%。"),  # it states its own figure
        ("未被追究的人员比例很高。", "两类案件数的比例大概在1∶3。"),  # no comparison
    ],
)
def test_a_sentence_that_stands_on_its_own(text: str, before: str) -> None:
    assert not leans_on_figure(text, before)


def test_the_ratio_goes_with_the_sentence_that_leans_on_it() -> None:
    # zh-news 36: "……比例大概在1∶3，有的年份达到1∶4……。实践中……行贿人(次)比例会更高。"
    document = document_from_text(shared_article("zh-news.jsonl", 36), origin="zh-news-36", kind="text")
    bullets = [p.text for g in draft_extractive(document).groups for p in g.points]
    higher = next(b for b in bullets if "比例会更高" in b)
    assert "比例大概在1∶3" in higher, higher
