"""A work's or an outlet's kind before its title introduces the title (captions._WORK_KINDS): no
caption ends on "comedy" in "HBO's political comedy Veep was inspired by …", so the sentence keeps
its subject."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citebrief.segment import sentence_spans

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def _sentences(text: str) -> list[str]:
    return [text[start:end].strip() for start, end in sentence_spans(text, "en")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Julia revealed that the hairstyle she models in the new season of the political comedy Veep was "
        "inspired by Hillary Clinton. Veep returns on Sunday.",
        "Critics said the documentary Blackfish changed how people see the parks. Blackfish was made in 2013.",
    ],
)
def test_a_title_after_its_kind_stays_in_its_sentence(sentence: str) -> None:
    assert len(_sentences(sentence)) == 2


def test_cnndm_lead_keeps_its_subject() -> None:
    with (DATA / "en-cnndm.jsonl").open(encoding="utf-8") as lines:
        article = next(json.loads(line)["article"] for k, line in enumerate(lines) if k == 124)
    assert "Veep was inspired by none other than presidential candidate Hillary Clinton." not in _sentences(article)
