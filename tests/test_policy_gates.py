"""A policy's sentences are not read by the steps written for news and features (captions,
teasers): they cannot apply there, and on a warm brief they were time spent for nothing."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest

from citebrief.engines import extractive, scoring, zh_hook_drops, zh_quote_carry
from citebrief.engines.extractive import draft_extractive
from citebrief.engines.policy import is_policy
from citebrief.ingest import document_from_text
from citebrief.model import Document
from citebrief.text.outline import find_outline
from conftest import load_records


def _document(set_name: str, index: int) -> Document:
    article = str(load_records(set_name)[index]["article"])
    return document_from_text(article, origin="test", kind="text")


def _counting(calls: list[str], name: str, step: Callable[..., Any]) -> Callable[..., Any]:
    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(name)
        return step(*args, **kwargs)

    return counted


@pytest.mark.parametrize("name", ["caption_leans", "named_caption", "without_teasers"])
def test_feature_steps_run_on_news_but_not_on_policy(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    policy = _document("zh-policy.jsonl", 0)
    texts = [s.text for s in policy.segments]
    assert is_policy(policy, texts, bool(find_outline(texts, policy.lang)))
    calls: list[str] = []
    monkeypatch.setattr(scoring, name, _counting(calls, name, getattr(scoring, name)))
    scoring.score(policy, {}, policy=True)
    assert calls == []
    scoring.score(_document("zh-news.jsonl", 0), {}, policy=False)
    assert calls


@pytest.mark.parametrize(
    ("module", "name", "in_news"),
    [
        (extractive, "joined_caption", True),  # the captions counted into the article's length
        (zh_hook_drops, "without_reader_asides", True),  # a feature's hooks, asides and scenes
        (zh_quote_carry, "_says_speaker_of", False),  # a quotation's speaker, where the brief picks both
    ],
)
def test_news_steps_of_the_draft_skip_a_policy(
    module: ModuleType, name: str, in_news: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(module, name, _counting(calls, name, getattr(module, name)))
    draft_extractive(_document("zh-policy.jsonl", 0))
    assert calls == []
    draft_extractive(_document("zh-news.jsonl", 0))
    assert bool(calls) or not in_news
