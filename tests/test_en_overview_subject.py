"""en_overview_subject: the English overview steps, apart from overview_titles so that a Chinese
start never imports them (nor the English modules group_titles asks for on an English brief)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from citebrief.engines.en_overview_subject import LEAD_NAME_SENTENCES, en_scene, en_subject, lead_named
from citebrief.ingest import document_from_text
from conftest import shared_article, shared_group_titles

SRC = Path(__file__).resolve().parents[1] / "src"
ENGLISH_ONLY = (
    "citebrief.engines.en_overview_subject",
    "citebrief.text.en_overview_yield",
    "citebrief.text.en_title_steps",
)


def test_a_chinese_brief_imports_no_english_overview_step() -> None:
    """A Chinese brief, drafted in a fresh interpreter, leaves the English steps unimported."""
    code = (
        "import sys\n"
        "from citebrief.ingest import document_from_text\n"
        "from citebrief.pipeline import draft\n"
        "text = sys.stdin.read()\n"
        "draft(document_from_text(text, origin='x', kind='text'))\n"
        f"print(sorted(m for m in {ENGLISH_ONLY!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=shared_article("zh-policy.jsonl", 0),
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("index", "overview"),
    [
        (173, "Key points: Manchester City's Apology"),  # en_subject (late_deed)
        (62, "Key points: Push-ups on the Runway"),  # en_scene
        (5, "Key points: Award Tickets"),
    ],
)
def test_english_overviews_as_before_the_split(index: int, overview: str) -> None:
    assert shared_group_titles("en-cnndm.jsonl", index)[0] == overview


def test_the_steps_called_alone() -> None:
    document = document_from_text(shared_article("en-cnndm.jsonl", 173), origin="x", kind="text")
    texts = [s.text for s in document.segments]
    subject = lead_named("Manchester City", document, texts[:LEAD_NAME_SENTENCES], texts, set())
    assert subject
    # its case as the text has it; `display_title` capitalises it for the brief
    assert en_subject("Manchester City", document, [], texts, set()) == "Manchester City's apology"
    assert en_scene("Manchester City", document, texts, set())
