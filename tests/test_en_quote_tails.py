"""Sentences glued at a quotation's close with no stop (text/en_quote_tails.py): a quotation
opened in an earlier sentence ends at its closing mark, where a title, a nickname or a plural's
apostrophe does not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citebrief.segment import sentence_spans

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def _sentences(text: str) -> list[str]:
    return [text[start:end].strip() for start, end in sentence_spans(text, "en")]


def test_a_quotation_over_two_sentences_ends_at_its_close() -> None:
    text = (
        "He wrote the message: 'Lines waiting for some food. Yes this is the State. Hunger, poverty "
        "and homelessness' One resident, named only as Jassem, told the group how people had fled. 'The "
        "city suffers,' he wrote."
    )
    sentences = _sentences(text)
    assert "Hunger, poverty and homelessness'" in sentences
    assert "One resident, named only as Jassem, told the group how people had fled." in sentences


@pytest.mark.parametrize(
    "text",
    [
        "He played poker with the infamous 'King of Instagram' Dan Blizerian on Friday.",
        "Stars were queuing up. He said 'A-list' Hollywood stars wanted roles.",
        "'We lost. It was hard at St James' Park and the fans knew it.",
        "'We lost it at the end. The publican told Torquay Magistrates' Court that he slept.",
        "'We lost it at the end. He told Torquay Magistrates' Court he slept. 'No,' he said, 'it's true.'",
    ],
)
def test_titles_nicknames_and_plurals_stay_whole(text: str) -> None:
    assert len(_sentences(text)) == len(_sentences(text.replace("'", "")))


def test_cnndm_pull_quote_is_cut_from_its_speaker() -> None:
    with (DATA / "en-cnndm.jsonl").open(encoding="utf-8") as lines:
        article = next(json.loads(line)["article"] for k, line in enumerate(lines) if k == 44)
    paragraph = next(p for p in article.split("\n") if "months old' Nancy Perry" in p)
    assert any(s.endswith("at nine months old'") for s in _sentences(paragraph))


def test_each_repeat_of_a_long_paragraph_is_cut_alike() -> None:
    """The marks are read once per paragraph (kept for its next sentence): the quotation state
    found by bisect at the 40th repeat is the one found at the first, and another text's marks
    do not carry over."""
    once = (
        "He wrote the message: 'Lines waiting for some food. Yes this is the State. Hunger, poverty "
        "and homelessness' One resident, named only as Jassem, told the group how people had fled. "
    )
    sentences = _sentences(once * 40)
    assert sentences == _sentences(once.strip()) * 40
    assert sentences.count("Hunger, poverty and homelessness'") == 40
    assert _sentences(once.replace("'", "")) == _sentences(once.replace("'", "").strip())
