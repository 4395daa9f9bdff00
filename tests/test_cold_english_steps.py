"""A cold Chinese brief imports neither the English news steps that settle groups
(engines/en_news_groups.py and the ~45 modules under it) nor the English speaker readers
(engines/en_speaker_chain.py), nor the extractive engine's and cited_groups' English steps
(engines/en_extractive_steps.py, engines/en_cited_steps.py) nor segment's English sentence
readers (text/en_sentences.py, text/en_semicolon_runs.py): an English brief still runs them all.
And the cue tables read as one alternation, and the exhortation formulas, compile through the
kept programs (text/regex_cache), not through `re` on every start (issue #14: cold start)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from citebrief.text import data_files, zh_exhortations

SRC = Path(__file__).resolve().parents[1] / "src"
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
CODE = (
    "import sys\n"
    "from citebrief.ingest import document_from_text\n"
    "from citebrief.pipeline import draft\n"
    "draft(document_from_text(sys.stdin.read(), origin='x', kind='text'))\n"
    f"print(sorted(m for m in {LAZY!r} if m in sys.modules))\n"
)
ZH = "\n\n".join(
    f"本市第{n}批社区食堂今天开业，街道负责人介绍，食堂每天供应早餐和午餐，老人凭卡可享受{n}折优惠。"
    f"居民王女士说：“家门口就能吃上热饭，方便多了。”"
    for n in range(1, 7)
)
EN = "\n\n".join(
    f"The city opened its {n}th community kitchen on Monday, officials said. "
    f'"It is a good day for the neighbourhood," said Mayor Anna Price. '
    f"She said {n * 40} residents had signed up for meals, and the council would add more kitchens next year."
    for n in range(2, 8)
)


@pytest.mark.parametrize(("text", "imported"), [(ZH, "[]"), (EN, str(sorted(LAZY)))])
def test_only_an_english_brief_imports_the_english_steps_and_readers(text: str, imported: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CODE],
        input=text,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    assert done.stdout.strip() == imported


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
