"""The Chinese chunker's memo (text/chunks.py): a sentence's chunks are made once a brief, and
adding them to a caller's table gives the table that making them there gave."""

from __future__ import annotations

import pytest

from citebrief.ingest import document_from_text
from citebrief.text import brief_memo, chunks
from citebrief.text.chunks import Chunk, zh_chunks, zh_chunks_into
from citebrief.text.tokenize import new_brief
from conftest import load_records

LEAD = "国务院办公厅印发关于加强农村留守儿童关爱保护工作的意见"


def _sentences(count: int) -> list[str]:
    """The sentences of the first zh-news articles, as the engine reads them."""
    found: list[str] = []
    for record in load_records("zh-news.jsonl")[:count]:
        document = document_from_text(record["article"], origin="test", kind="text")
        found += [s.text for segment in document.segments for s in segment.sentences]
    return found


def _made_in_place(sentences: list[str]) -> dict[str, Chunk]:
    """The table as the chunker built it before the memo: each sentence chunked into it."""
    found: dict[str, Chunk] = {}
    for sentence in sentences:
        chunks._chunks_of(sentence, found)
    return found


def test_chunks_added_from_the_memo_equal_chunks_made_in_place() -> None:
    sentences = _sentences(12)
    assert len(sentences) > 50
    new_brief()
    expected = _made_in_place(sentences)
    new_brief()
    for start in (0, 3):  # tables that start with other sentences' phrases, then all of them
        found: dict[str, Chunk] = {}
        for sentence in sentences[start:] + sentences[:start]:
            zh_chunks_into(sentence, found)
        assert found == _made_in_place(sentences[start:] + sentences[:start])
    found = {}
    for sentence in sentences:
        zh_chunks_into(sentence, found)
    assert list(found.items()) == list(expected.items())  # the same chunks in the same order


def test_a_phrase_in_the_table_already_keeps_its_first_chunk() -> None:
    new_brief()
    first = Chunk("国务院办公厅", ("国务院办公厅",), "np", True)
    found = zh_chunks_into(LEAD, {"国务院办公厅": first})
    assert found["国务院办公厅"] is first
    assert "留守儿童" in found  # the sentence's other phrases are added after it
    assert next(iter(found)) == "国务院办公厅"


def test_a_sentence_is_chunked_once_a_brief(monkeypatch: pytest.MonkeyPatch) -> None:
    new_brief()
    made: list[str] = []
    real = chunks._chunks_of

    def counted(sentence: str, found: dict[str, Chunk]) -> dict[str, Chunk]:
        made.append(sentence)
        return real(sentence, found)

    monkeypatch.setattr(chunks, "_chunks_of", counted)
    first = zh_chunks(LEAD)
    assert zh_chunks(LEAD) == first and zh_chunks_into(LEAD, {}) == {c.text: c for c in first}
    assert made == [LEAD]
    new_brief()  # the next brief makes them again: nothing outlives the brief it was read for
    assert zh_chunks(LEAD) == first
    assert made == [LEAD, LEAD]


def test_a_callers_table_is_its_own() -> None:
    new_brief()
    found = zh_chunks_into(LEAD, {})
    found.clear()
    found["国务院"] = Chunk("国务院", ("国务院",), "np", True)
    assert "国务院" not in {c.text for c in zh_chunks(LEAD)}
    assert "留守儿童" in {c.text for c in zh_chunks(LEAD)}
    assert brief_memo.kept_answers() >= 1
