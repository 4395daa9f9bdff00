"""bench/step_times.py: each named step timed at every binding, the briefs as without it, the
bindings put back (no time is asserted)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import extractive as bench
from citebrief.engines import extractive, final_groups
from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from step_times import StepTime, floor, step_times, timed

_ARTICLES = 2


def _articles(name: str) -> list[bench.Article]:
    path = bench.DATA / f"{name}.jsonl"
    if not path.exists():
        pytest.fail(f"{path} is missing: CI lays ../shared beside the checkout")
    return [bench.as_article(r) for r in bench.read_records(path, limit=_ARTICLES)]


def _brief(article: bench.Article) -> str:
    document = document_from_text(article.text, origin="bench", kind="text")
    return draft_extractive(document).model_dump_json()


@pytest.mark.parametrize("name", ["zh-news", "en-cnndm"])
def test_a_stage_and_its_steps_are_timed_once_a_brief(name: str) -> None:
    _articles(name)
    # `final_groups` imports the English steps where it calls them (not on a Chinese start): an
    # English brief's steps are read within `en_news_groups`, which binds them at its top
    within = ["citebrief.engines.final_groups"] + ([] if name == "zh-news" else ["citebrief.engines.en_news_groups"])
    _, rows = step_times(name, _ARTICLES, ["citebrief.segment:build_document"], within)
    calls = {row.label: row.calls for row in rows}
    assert calls["citebrief.segment:build_document"] == _ARTICLES
    # the driver, bound in extractive by `from … import`, and each language's first step
    assert calls["citebrief.engines.final_groups:settled_groups"] == _ARTICLES
    first = "zh_loner_swaps:loners_placed" if name == "zh-news" else "en_stray_subjects:strays_placed"
    assert calls[f"citebrief.engines.{first}"] >= 1


def test_the_briefs_are_the_same_timed_and_the_bindings_put_back() -> None:
    articles = _articles("en-cnndm") + _articles("zh-news")
    before = [_brief(a) for a in articles]
    original = final_groups.settled_groups
    with timed({"citebrief.engines.final_groups:settled_groups": original}) as rows:
        assert extractive.settled_groups is not original  # the engine's own binding is the wrapper
        during = [_brief(a) for a in articles]
    assert during == before
    assert rows[0].calls == len(articles)
    assert extractive.settled_groups is original
    assert final_groups.settled_groups is original


def test_a_recursive_call_counts_once() -> None:
    row = StepTime("countdown")

    def countdown(n: int) -> int:
        return 0 if n == 0 else wrapped(n - 1) + 1

    wrapped = row.wrap(countdown)
    assert wrapped(5) == 5
    assert row.calls == 1
    own, added = floor(1000)
    assert own >= 0.0
    assert added >= 0.0
