"""engines/zh_common_terms.py: the article's common terms the settling steps read are counted once a
brief, kept on its `Scored`, and the same words `zh_regroup.common_words` gives."""

from __future__ import annotations

from dataclasses import replace

import pytest

from citebrief.engines import zh_common_terms
from citebrief.engines.extractive import draft_extractive
from citebrief.engines.scored import Scored
from citebrief.engines.zh_regroup import common_words
from citebrief.ingest import document_from_text
from conftest import load_records, shared_article
from scored_builder import zh_scored

_ASKERS = ("zh_loner_swaps", "zh_partner_swaps", "zh_strand_splits", "zh_stranger_homes", "zh_stranger_lifts")


def _scored_with_terms() -> Scored:
    scored = zh_scored([["市场监管局检查食品安全。", "食品安全抽检合格。"], ["市场监管局通报结果。"]])
    terms = [["市场监管局", "检查", "食品安全"], ["食品安全", "抽检", "合格"], ["市场监管局", "通报", "结果"]]
    for unit, words in zip(scored.units, terms, strict=True):
        unit.terms = words
    return scored


def test_the_words_are_common_words_of_the_terms_and_counted_once(monkeypatch: pytest.MonkeyPatch) -> None:
    scored = _scored_with_terms()
    counted: list[int] = []

    def counting(said: list[set[str]]) -> frozenset[str]:
        counted.append(1)
        return common_words(said)

    monkeypatch.setattr(zh_common_terms, "common_words", counting)
    expected = common_words([{w for w in u.terms if len(w) >= 2} for u in scored.units])
    assert zh_common_terms.common_terms(scored) == expected
    assert zh_common_terms.common_terms(scored) is zh_common_terms.common_terms(scored)
    assert len(counted) == 1


def test_a_replaced_scored_reads_its_own() -> None:
    scored = _scored_with_terms()
    zh_common_terms.common_terms(scored)
    assert replace(scored, usable=[0]).kept_common == []


def test_a_news_brief_counts_the_article_words_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # zh-news L411: five settling steps ask for the article's common words; one count serves them all
    counted: list[int] = []

    def counting(said: list[set[str]]) -> frozenset[str]:
        counted.append(1)
        return common_words(said)

    for name in _ASKERS:  # a step counting the words itself (as each did) is counted too
        monkeypatch.setattr(f"citebrief.engines.{name}.common_words", counting, raising=False)
    monkeypatch.setattr(zh_common_terms, "common_words", counting)
    index = next(i for i, r in enumerate(load_records("zh-news.jsonl")) if str(r["id"]).endswith("_L411"))
    draft_extractive(document_from_text(shared_article("zh-news.jsonl", index), origin="x", kind="text"))
    assert len(counted) == 1
