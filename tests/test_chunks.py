"""The Chinese chunker's memo (text/chunks.py): a sentence's chunks are made once a brief, and
adding them to a caller's table gives the table that making them there gave."""

from __future__ import annotations

import pytest

from citebrief.ingest import document_from_text
from citebrief.text import brief_memo, chunks
from citebrief.text.chunks import Chunk, zh_chunks, zh_chunks_into
from citebrief.text.tokenize import is_zh_word, new_brief
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


def test_a_lone_word_gives_the_span_the_run_loops_give() -> None:
    """`_zh_lone_span` (a run of one word, most runs) checks only what a lone word can fail of
    the run's loops (`_zh_run_spans`): the same chunk, or none, for every one-word run."""
    lone = 0
    made_up = ["盐湖区全面推进改革。", "不合格产品被召回。", "部分列车停运。", "华中科技大学同济医学院"]
    for sentence in [*_sentences(30), *made_up]:
        words, tags = chunks.zh_words_tags(sentence)
        sizes = list(map(len, words))
        known = [s < 2 or t in {"eng", "m", "x"} or is_zh_word(w) for w, t, s in zip(words, tags, sizes, strict=True)]
        s = chunks._sentence_words(words, tags, sizes, known)
        for k in range(len(words)):
            if tags[k] not in chunks._ZH_MODIFIER or (k > 0 and tags[k - 1] == "h"):
                continue
            by_loops: dict[str, Chunk] = {}
            chunks._zh_run_spans(s, k, k + 1, by_loops)
            alone: dict[str, Chunk] = {}
            chunks._zh_lone_span(s, k, alone)
            assert alone == by_loops, (sentence, words[k])
            lone += bool(alone)
    assert lone > 100


def test_no_phrase_ends_on_a_manner_adverb_the_tagger_reads_as_a_noun() -> None:
    """ "依法" is tagged n: "裕安区市场监管局依法" titled a case's group (zh-news _L765)."""
    found = [c.text for c in zh_chunks("2023年4月，六安市裕安区市场监管局依法对当事人作出罚款3万元的行政处罚。")]
    assert found and not any(text.endswith("依法") for text in found)
    assert any(text.endswith("监管局") for text in found)


def test_a_verbal_noun_with_a_direction_or_aspect_after_it_heads_no_phrase() -> None:
    """ "回输" is tagged vn: "病人回输" (给病人回输回去, give it back to the patient) titled a group."""
    found = {c.text: c for c in zh_chunks("分离出的红细胞还要给病人回输回去。")}
    assert "病人回输" not in found and "红细胞" in found
    assert "病人回输" not in {c.text for c in zh_chunks("分离出的红细胞已经给病人回输了。")}
    kept = {c.text: c for c in zh_chunks("气象台发布暴雨预警，提醒市民减少外出。")}
    assert kept["暴雨预警"].kind == "np"  # a verbal noun after a noun, nothing verbal after it: a head
