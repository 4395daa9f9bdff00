"""A paragraph's TF-IDF row read off its sentences' term numbers (`TermSpace.sparse_runs`) is
the row of its terms looked up (`TermSpace.sparse`), and the engine falls back to the look-up
where a paragraph's terms are not its sentences' one after another."""

from __future__ import annotations

import numpy as np

from citebrief.engines import scoring
from citebrief.engines.bullets import strip_speaker
from citebrief.engines.sparse import SparseRows
from citebrief.engines.weights import TermSpace
from citebrief.ingest import document_from_text
from citebrief.model import Document
from citebrief.text.tokenize import new_brief
from conftest import load_records


def _same(a: SparseRows, b: SparseRows) -> None:
    assert np.array_equal(a.indptr, b.indptr)
    assert np.array_equal(a.indices, b.indices)
    assert np.array_equal(a.data, b.data)  # the same floats, bit for bit


def _runs_as_lookups(document: Document) -> None:
    new_brief()
    units, paragraphs, runs = scoring._analyze(document, {})
    assert runs is not None
    space = TermSpace([u.terms for u in units], document.lang)
    _same(space.sparse_runs(*runs), space.sparse([p.terms for p in paragraphs]))


def test_paragraph_rows_of_shared_articles_as_looked_up() -> None:
    records = load_records("zh-policy.jsonl")[:10] + load_records("zh-news.jsonl")[:10]
    for record in records + load_records("en-cnndm.jsonl")[:10]:
        _runs_as_lookups(document_from_text(record["article"], origin="test", kind="text"))


def test_a_speakers_label_is_left_out_of_the_run() -> None:
    text = (
        "全国政协委员、某某大学校长王某某：我们要加快推进科技创新，完善人才培养机制。同时加强国际交流合作。\n\n"
        "会议强调，各地区各部门要认真落实创新驱动发展战略，推动科技成果转化。"
    )
    document = document_from_text(text, origin="test", kind="text")
    first = document.segments[0].text
    assert len(strip_speaker(first)) < len(first)  # the label is there to leave out
    _runs_as_lookups(document)
    new_brief()
    units, paragraphs, _ = scoring._analyze(document, {})
    assert "大学校长" not in paragraphs[0].terms and "大学校长" in units[0].terms


def test_terms_outside_every_sentence_fall_back_to_the_look_up() -> None:
    text = "甲方应当加强技术研发。乙方负责市场推广工作。"
    second = text.index("乙")
    document = Document.model_validate(
        {
            "id": "test",
            "origin": "test",
            "lang": "zh",
            "text": text,
            "segments": [
                {
                    "n": 1,
                    "text": text,
                    "start": 0,
                    "end": len(text),
                    # the first sentence is no sentence of the paragraph here: its terms are in no run
                    "sentences": [{"text": text[second:], "start": second, "end": len(text)}],
                }
            ],
        }
    )
    new_brief()
    units, paragraphs, runs = scoring._analyze(document, {})
    assert runs is None
    assert set(units[0].terms) < set(paragraphs[0].terms)
    scored, space, _ = scoring.score(document, {})
    _same(scored.paragraph_vectors, space.sparse([p.terms for p in paragraphs]))
