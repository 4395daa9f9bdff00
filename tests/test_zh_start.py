"""A Chinese brief imports none of the English group-title steps the extractive engine runs only
for English (a group titled by its deed, a given name, a full surname): a cold start loads them
for nothing (text/en_group_deed.py and the ~15 modules under it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import shared_article

SRC = Path(__file__).resolve().parents[1] / "src"
ENGLISH_TITLE_STEPS = (
    "citebrief.text.en_group_deed",
    "citebrief.text.en_overview_deed",
    "citebrief.text.en_surname_title",
    "citebrief.text.en_title_given_name",
)
CODE = (
    "import sys\n"
    "from citebrief.ingest import document_from_text\n"
    "from citebrief.pipeline import draft\n"
    "draft(document_from_text(sys.stdin.read(), origin='x', kind='text'))\n"
    f"print(sorted(m for m in {ENGLISH_TITLE_STEPS!r} if m in sys.modules))\n"
)


@pytest.mark.parametrize(
    ("name", "imported"),
    [("zh-news.jsonl", "[]"), ("zh-policy.jsonl", "[]"), ("en-cnndm.jsonl", str(sorted(ENGLISH_TITLE_STEPS)))],
)
def test_only_an_english_brief_imports_the_english_group_title_steps(name: str, imported: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CODE],
        input=shared_article(name, 0),
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    assert done.stdout.strip() == imported
