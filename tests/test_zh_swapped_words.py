"""A Chinese sentence said again of another city or party cites only its own paragraph
(`text.zh_swapped_words`, used by `engines.cited_points`)."""

from __future__ import annotations

from difflib import SequenceMatcher

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.zh_swapped_words import swaps_words
from conftest import shared_article


def _swaps(a: str, b: str) -> bool:
    return swaps_words(a, b, SequenceMatcher(None, a, b, autojunk=False).get_opcodes())


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        (
            "支持西安机场利用第五航权，允许外国航空公司承载经西安至第三国的客货业务。",
            "支持郑州机场利用第五航权，允许外国航空公司承载经郑州至第三国的客货业务。",
        ),
        (
            "专利代理师在执业过程中泄露委托人的发明创造内容的，吊销专利代理师资格证。",
            "专业代理机构在执业过程中泄露委托人的发明创造内容的，吊销专利代理机构执业许可证。",
        ),
    ],
)
def test_the_same_measure_of_another_party_swaps_words(sentence: str, other: str) -> None:
    assert _swaps(sentence, other)


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        # a clause added, punctuation changed: the same sentence said again
        ("全市新增就业岗位3万个，比去年增加一成。", "记者了解到，全市新增就业岗位3万个,比去年增加一成"),
        ("专利代理师不得同时在两个以上专利代理机构从事专利代理业务。", "同时在两个以上专利代理机构从事专利代理业务；"),
    ],
)
def test_a_repeat_with_words_added_or_dropped_swaps_none(sentence: str, other: str) -> None:
    assert not _swaps(sentence, other)


POLICY_CITY_MEASURES = 24  # zh-policy: the 自贸试验区 measures, one paragraph a city's airport


def test_a_city_measure_cites_its_own_paragraph_not_the_other_citys() -> None:
    article = shared_article("zh-policy.jsonl", POLICY_CITY_MEASURES)
    document = document_from_text(article, origin="zh-policy-24", kind="text")
    by_number = {segment.n: segment.text for segment in document.segments}
    points = [point for group in draft_extractive(document).groups for point in group.points]
    xian = [point for point in points if "支持西安机场" in point.text]
    assert xian, "the brief no longer says the Xi'an measure: pick another case"
    for point in xian:
        assert all("西安" in by_number[n] for n in point.citations), point.citations
