"""A quotation closed with its own stop and its speaker split off as a sentence
(text/en_quote_speakers.py): the speaker goes back onto the quotation, where a sentence with a
clause of its own after the quotation stays a sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citebrief.segment import sentence_spans

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def _sentences(text: str) -> list[str]:
    return [text[start:end].strip() for start, end in sentence_spans(text, "en")]


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        ("'I like to think that I play enthusiastically and with aplomb.'", "Meacham concluded in an interview."),
        ('"The next day I went to school in shock and guess what?"', "McLean recalled."),
        ("'We were no heroes.'", "Officer Kvarzell told the New York Post on Monday."),
    ],
)
def test_a_speaker_alone_goes_back_onto_its_quotation(quote: str, speaker: str) -> None:
    text = f"She was named Fan of the Year. {quote} {speaker}"
    assert _sentences(text)[-1] == f"{quote} {speaker}"


@pytest.mark.parametrize(
    "after",
    [
        "George also told the newspaper Garcia booted Barrientos out of his apartment.",
        "The judge told him not to swear.",
        "Police said that the man was arrested.",
        "The club confirmed the deal.",
    ],
)
def test_a_sentence_of_its_own_after_a_quotation_stays_apart(after: str) -> None:
    text = f"'She has one with him and one with somebody else.' {after}"
    assert _sentences(text)[-1] == after


def test_cnndm_speaker_is_no_sentence_of_its_own() -> None:
    with (DATA / "en-cnndm.jsonl").open(encoding="utf-8") as lines:
        article = next(json.loads(line)["article"] for k, line in enumerate(lines) if k == 139)
    assert "Meacham concluded in an interview with the New York Times." not in _sentences(article)
