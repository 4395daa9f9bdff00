"""A cold Chinese brief imports neither the English news steps that settle groups
(engines/en_news_groups.py and the ~45 modules under it) nor the English speaker readers
(engines/en_speaker_chain.py), nor the extractive engine's and cited_groups' English steps
(engines/en_extractive_steps.py, engines/en_cited_steps.py) nor segment's English sentence
readers (text/en_sentences.py, text/en_semicolon_runs.py): an English brief still runs them all.
And the cue tables read as one alternation, and the exhortation formulas, compile through the
kept programs (text/regex_cache), not through `re` on every start (issue #14: cold start)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from citebrief.text import data_files, zh_exhortations
from cold_imports import ZH_NEWS, drafted_imports

LAZY = (
    "citebrief.engines.en_news_groups",
    "citebrief.engines.en_speaker_chain",
    "citebrief.engines.en_stranger_moves",
    "citebrief.engines.en_given_names",
    "citebrief.engines.en_extractive_steps",
    "citebrief.engines.en_topic_groups",
    "citebrief.engines.en_title_twins",
    "citebrief.engines.en_cited_steps",
    "citebrief.engines.en_standalone_heads",
    "citebrief.text.en_sentences",
    "citebrief.text.en_semicolon_runs",
)
EN = "\n\n".join(
    f"The city opened its {n}th community kitchen on Monday, officials said. "
    f'"It is a good day for the neighbourhood," said Mayor Anna Price. '
    f"She said {n * 40} residents had signed up for meals, and the council would add more kitchens next year."
    for n in range(2, 8)
)


@pytest.mark.parametrize(("text", "imported"), [(ZH_NEWS, []), (EN, sorted(LAZY))])
def test_only_an_english_brief_imports_the_english_steps_and_readers(text: str, imported: list[str]) -> None:
    assert drafted_imports(text, LAZY) == imported


def _refuse(pattern: str, flags: int = 0) -> re.Pattern[str]:
    raise AssertionError(f"re.compile called for {pattern[:40]!r}")


@pytest.mark.parametrize(
    "build",
    [
        lambda: data_files.any_row_pattern.__wrapped__("zh_setter_cues.tsv"),
        zh_exhortations._formula_clause.__wrapped__,
        zh_exhortations._asides.__wrapped__,
    ],
)
def test_the_long_table_patterns_compile_through_the_kept_programs(
    build: Callable[[], re.Pattern[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = build()
    monkeypatch.setattr(re, "compile", _refuse)
    assert build() == expected
