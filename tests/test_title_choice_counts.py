"""The article-wide tables the title choice reads (each word's paragraph count in English):
built once per article in C, they count as the per-paragraph scan they replace did."""

from __future__ import annotations

from collections import Counter

from citebrief.text.title_counts import _en_document_frequency, _en_spaced
from conftest import shared_article


def _by_scan(paragraphs: tuple[str, ...]) -> Counter[str]:
    spaced = [_en_spaced(p) for p in paragraphs]
    return Counter(w for p in spaced for w in set(p.split()))


def test_document_frequency_counts_each_word_once_a_paragraph() -> None:
    spaced, df = _en_document_frequency(("The cat saw the cat.", "A dog, the dog!", "Cat-like"))
    assert spaced[0] == " the cat saw the cat "
    assert df["the"] == 2 and df["cat"] == 2 and df["dog"] == 1 and df["like"] == 1 and df["bird"] == 0


def test_document_frequency_matches_the_scan_on_shared_articles() -> None:
    for index in range(20):
        sentences = shared_article("en-cnndm.jsonl", index).split(". ")
        paragraphs = tuple(". ".join(sentences[k : k + 3]) for k in range(0, len(sentences), 3))
        spaced, df = _en_document_frequency(paragraphs)
        assert dict(df) == dict(_by_scan(paragraphs))
        assert spaced == [_en_spaced(p) for p in paragraphs]
