"""A work's title with a stop inside it ends no sentence (text/en_work_titles.py)."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans
from conftest import shared_groups


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


def test_a_title_with_a_stop_stays_in_its_sentence() -> None:
    text = "They finished it. Most of the report, entitled Putin. War, is based on facts that have appeared."
    assert _sentences(text) == [
        "They finished it.",
        "Most of the report, entitled Putin. War, is based on facts that have appeared.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The report was entitled Putin. However, it was never finished.",
        "The report was entitled Putin. War broke out a year later.",
        "He called Smith. War, he said, was coming.",
    ],
)
def test_other_stops_still_end_a_sentence(text: str) -> None:
    assert len(_sentences(text)) == 2


def test_en_xsum_27_report_title_is_one_bullet() -> None:
    """en-xsum 27: "… entitled Putin" and "War, is based on facts …" were two bullets."""
    bullets = [text for group in shared_groups("en-xsum.jsonl", 27) for text in group]
    assert any("entitled Putin. War, is based on facts" in text for text in bullets)
    assert not any(text.startswith("War, is based") for text in bullets)
