"""A group's phrase is scored (`en_title_choice._ranked`) only where enough bullets say one of its
words in some form (`_saying`): no phrase's coverage is ever above that count, on written
groups and on groups of three and five sentences of the shared English articles."""

from __future__ import annotations

import pytest

from citebrief.ingest import document_from_text
from citebrief.text.chunks import Chunk
from citebrief.text.en_chunks import en_chunks
from citebrief.text.en_title_choice import _coverage, _saying, heard, shared_words
from conftest import load_records


def _phrases(bullets: list[str]) -> list[Chunk]:
    chunks: dict[str, Chunk] = {}
    for bullet in bullets:
        for chunk in en_chunks(bullet):
            chunks.setdefault(chunk.text, chunk)
    shared_words(bullets, chunks)
    return [c for c in chunks.values() if c.words]


def test_a_phrase_two_bullets_say_in_some_form_counts_two() -> None:
    bullets = ["Obesity rates rose again.", "The obese face higher costs.", "Rain fell on Leeds."]
    said = [heard(b) for b in bullets]
    obesity = next(c for c in _phrases(bullets) if c.text == "Obesity rates")
    assert _saying(obesity, said) == 2
    assert _coverage(obesity, said, bullets) <= 2


@pytest.mark.parametrize("name", ["en-cnndm.jsonl", "en-xsum.jsonl"])
def test_no_coverage_exceeds_the_bullets_that_say_a_word(name: str) -> None:
    over = []
    tried = 0
    for record in load_records(name)[:80]:
        document = document_from_text(record["article"], origin="test", kind="text")
        sentences = [s.text for p in document.segments for s in p.sentences]
        for size in (3, 5):
            for start in range(0, max(len(sentences) - size, 0), size):
                bullets = sentences[start : start + size]
                said = [heard(b) for b in bullets]
                for chunk in _phrases(bullets):
                    tried += 1
                    if _coverage(chunk, said, bullets) > _saying(chunk, said):
                        over.append((chunk.text, bullets))
    assert tried > 2_000
    assert over == []
