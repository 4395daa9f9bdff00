"""The sentence-reading shortcuts (issue 14, warm) held to the slow path's answers."""

from __future__ import annotations

from bisect import bisect_left

import numpy as np

from citebrief.engines import scoring
from citebrief.engines.lead_points import whole_sentences
from citebrief.engines.sparse import SparseRows
from citebrief.engines.weights import TermSpace
from citebrief.ingest import document_from_text
from citebrief.model import Document, Lang
from citebrief.text.tokenize import analyze, new_brief
from citebrief.text.zh_bare_steps import bare_step
from citebrief.text.zh_case_heads import case_title, parallel_titles
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


def _read_one_sentence_at_a_time(units: list[scoring.Unit], lang: Lang, policy: bool) -> scoring._Read:
    """`scoring._read` as it was, every check of one sentence before the next sentence."""
    zh = lang == "zh"
    trimmed, usable, counted, short, long, scraps = [], [], [], [], [], []
    structure_of: dict[str, bool] = {}
    low, high = (12, scoring.LONG_SENTENCE_ZH) if zh else (6, scoring.LONG_SENTENCE_EN)
    parallel = parallel_titles([unit.text for unit in units]) if zh else []  # a report's titles, read whole
    for position, unit in enumerate(units):
        text = unit.text
        may = scoring.may_claim(unit, lang)
        bullet = scoring._bullet(text, lang, policy) if may else text
        trimmed.append(bullet)
        stop = scoring.closed_zh(text) if zh else scoring.closed_en(text)
        structure = True
        if stop or may:
            structure = structure_of[text] = scoring.is_structure(text)
        if may and scoring._is_claim(unit, bullet, lang, structure):
            after = units[position + 1].text if position + 1 < len(units) else ""
            if zh and (parallel[position] or case_title(text, after) or bare_step(bullet)):  # `_case_scrap` as it was
                scraps.append(unit.index)
            else:
                usable.append(unit.index)
        counted.append(stop and not structure)
        size = len(text) if zh else len(text.split())
        factor = min(1.0, size / low) ** 2
        penalized = factor * min(1.0, high / size) if size else factor
        long.append(penalized)
        short.append(factor if zh else penalized)
    return scoring._Read(trimmed, usable, counted, structure_of, short, long, scraps)


def test_each_check_over_every_sentence_reads_what_each_sentence_read_in_turn_did() -> None:
    records = load_records("zh-news.jsonl")[:8]
    documents = _documents() + [document_from_text(r["article"], origin="test", kind="text") for r in records]
    for document in documents:
        new_brief()
        units, _, _ = scoring._analyze(document, {})
        for policy in (False, True):
            found = scoring._read(units, document.lang, policy)
            assert found == _read_one_sentence_at_a_time(units, document.lang, policy)
            assert list(found.structure_of) == list(
                _read_one_sentence_at_a_time(units, document.lang, policy).structure_of
            )
