"""The sentence-reading shortcuts (issue 14, warm) held to the slow path's answers."""

from __future__ import annotations

from bisect import bisect_left

import numpy as np

from citebrief.engines import scoring
from citebrief.engines.lead_points import whole_sentences
from citebrief.engines.sparse import SparseRows
from citebrief.engines.weights import TermSpace
from citebrief.ingest import document_from_text
from citebrief.model import Document
from citebrief.text.tokenize import analyze, new_brief
from conftest import load_records


def _documents() -> list[Document]:
    records = load_records("zh-policy.jsonl")[:8] + load_records("en-cnndm.jsonl")[:8]
    return [document_from_text(r["article"], origin="test", kind="text") for r in records]


def _found_rows(rows: SparseRows) -> np.ndarray:
    return np.repeat(np.arange(len(rows), dtype=np.int64), np.diff(rows.indptr))


def test_rows_handed_on_are_the_rows_found_from_the_row_starts() -> None:
    for document in _documents():
        new_brief()
        units, paragraphs, _ = scoring._analyze(document, {})
        space = TermSpace([u.terms for u in units], document.lang)
        sentences = space.sparse([u.terms for u in units])
        for rows in (sentences, space.sparse([p.terms for p in paragraphs]), sentences.normalized()):
            assert np.array_equal(rows.row_of, _found_rows(rows))
        labels = np.arange(len(units)) % 3
        summed = sentences.group_sums(labels, 3)
        assert np.array_equal(summed.row_of, _found_rows(summed))
        again = SparseRows(summed.indptr, summed.indices, summed.data, summed.columns)  # found when asked
        assert np.array_equal(summed.normalized().data, again.normalized().data)


def test_sentence_terms_as_each_sentence_searched_for_alone() -> None:
    """Each sentence's terms looked for past the one before's start: those of a search of the
    whole paragraph, and each sentence after a lead-in ("……：") has it."""
    for document in _documents():
        new_brief()
        units, _, _ = scoring._analyze(document, {})
        at = 0
        for segment in document.segments:
            tokens = analyze(segment.text, document.lang)
            starts = [t.start for t in tokens if t.is_term]
            words = [t.word for t in tokens if t.is_term]
            previous = ""
            for text, start, end in whole_sentences(segment, document.lang):
                unit = units[at]
                low, high = start - segment.start, end - segment.start
                assert unit.text == text
                assert unit.terms == words[bisect_left(starts, low) : bisect_left(starts, high)]
                if previous.rstrip().endswith(("：", ":")):
                    assert unit.lead_in == (previous, segment.n)
                elif previous:
                    assert unit.lead_in is None
                previous, at = text, at + 1
        assert at == len(units)
