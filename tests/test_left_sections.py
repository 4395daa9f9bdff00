"""A small section the group cap would pair with a far heavier, unlike neighbour is left to the
overview rather than joined to it (`outline_sections.merge_neighbours`, `LEFT_SMALL`)."""

from __future__ import annotations

import math

import numpy as np

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.outline_sections import Section, merge_neighbours
from citebrief.engines.sparse import SparseRows
from citebrief.ingest import document_from_text
from citebrief.text.outline import Heading
from conftest import load_records

WEIGHTS = [8, 8, 11, 3, 12, 8]  # a small 3-sentence chapter after an 11-sentence one
LABELS = ["总则", "组成人员", "加强行政监督", "工作安排", "会议制度", "作风纪律"]


def _case(shared: float) -> tuple[list[Section], SparseRows]:
    """One paragraph per section, each its own words, the middle three sharing words whose
    cosine between neighbours is `shared`."""
    sections = [
        Section(k, k + 1, Heading(k, 2, label, len(label), k == 0), weight)
        for k, (label, weight) in enumerate(zip(LABELS, WEIGHTS, strict=True))
    ]
    x = math.sqrt(shared / (1 - shared))
    rows = np.eye(len(sections), len(sections) + 1)
    rows[2:5, -1] = x
    return sections, SparseRows.from_dense(rows)


def test_a_small_unlike_chapter_beside_a_heavy_one_is_left_out() -> None:
    sections, vectors = _case(0.05)
    left = merge_neighbours(sections, 5, minimum=2, vectors=vectors)
    assert [s.heading.label for s in left if s.heading] == ["工作安排"]
    kept = ["总则", "组成人员", "加强行政监督", "会议制度", "作风纪律"]
    assert [s.heading.label for s in sections if s.heading] == kept


def test_a_small_chapter_alike_its_neighbour_still_joins_it() -> None:
    sections, vectors = _case(0.3)
    assert merge_neighbours(sections, 5, minimum=2, vectors=vectors) == []
    assert len(sections) == 5
    assert [(s.start, s.end, s.weight) for s in sections][2] == (2, 4, 14)


def test_without_content_to_compare_sections_join_as_before() -> None:
    sections, _ = _case(0.05)
    assert merge_neighbours(sections, 5, minimum=2) == []
    assert len(sections) == 5


def test_a_policys_small_chapter_is_not_paired_with_an_unlike_one() -> None:
    record = next(r for r in load_records("zh-policy.jsonl") if r["id"] == "govcn_5345397")
    document = document_from_text(record["article"], origin="x", kind="text")
    titles = [g.title for g in draft_extractive(document).groups]
    assert "行政监督" in titles, titles  # not "行政监督、工作安排布局"
    assert len(titles) == 8
