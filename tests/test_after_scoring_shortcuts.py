"""The stages after scoring read less and give what they gave: a section's words summed off its run of
stored values as the grouped sums gave them, a short notice told by its long lines where they decide
it, an English article's quote layout read once and handed to every group's bullets."""

from __future__ import annotations

import itertools

import numpy as np

from citebrief.engines.cited_points import cited_points, quote_layout
from citebrief.engines.policy_parts import SHORT_TEXT_CHARS, short_text
from citebrief.engines.scoring import score
from citebrief.engines.sparse import SparseRows
from citebrief.engines.themes import SHORT_LINE
from citebrief.ingest import document_from_text
from citebrief.text.patterns import is_structure
from conftest import load_records


def _grouped_rows(rows: SparseRows, cuts: list[int]) -> list[np.ndarray]:
    """Each run's sum as `merge_neighbours` read it before: every row labelled, then grouped."""
    labels = np.full(len(rows), len(cuts) - 1)
    for k, (start, end) in enumerate(itertools.pairwise(cuts)):
        labels[start:end] = k
    grouped = rows.group_sums(labels, len(cuts))
    return [grouped.row(k) for k in range(len(cuts) - 1)]


def test_a_run_of_rows_sums_to_the_same_floats_as_the_grouped_sums() -> None:
    rng = np.random.default_rng(11)
    for _ in range(100):
        count, columns = int(rng.integers(1, 30)), int(rng.integers(1, 50))
        rows = SparseRows.from_dense(rng.random((count, columns)) * (rng.random((count, columns)) < 0.3)).normalized()
        cuts = sorted({0, count, *rng.integers(0, count + 1, size=3).tolist()})
        for k, grouped in enumerate(_grouped_rows(rows, cuts)):
            assert rows.sum_range(cuts[k], cuts[k + 1]).tobytes() == grouped.tobytes()


def test_a_policy_s_sections_sum_as_they_did() -> None:
    for record in load_records("zh-policy.jsonl")[:8]:
        document = document_from_text(record["article"], origin="test", kind="text")
        paragraphs = score(document, {}, True)[0].paragraph_vectors
        step = max(1, len(paragraphs) // 5)
        cuts = sorted({0, len(paragraphs), *range(step, len(paragraphs), step)})
        for k, grouped in enumerate(_grouped_rows(paragraphs, cuts)):
            assert paragraphs.sum_range(cuts[k], cuts[k + 1]).tobytes() == grouped.tobytes()


def _old_short_text(texts: list[str]) -> bool:
    return sum(len(t) for t in texts if not (len(t) <= SHORT_LINE and is_structure(t))) < SHORT_TEXT_CHARS


def test_a_short_notice_is_told_as_by_every_line() -> None:
    line = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
    claim = "各地要在2019年底前完成清理工作，对逾期未完成的地区予以通报。"
    long_claim = claim * 4  # past SHORT_LINE: counted whatever it says
    cases = [
        [],
        [line],
        [claim] * 20,
        [line, *[claim] * 15],
        [long_claim] * 3,
        [long_claim] * 4 + [claim],
        [*[long_claim] * 3, *[claim] * 3],
        ["国务院办公厅", "2019年5月1日", *[claim] * 10],
    ]
    edges = [
        [*[long_claim] * 7, *[claim] * 3],  # 992 characters: short
        [*[long_claim] * 7, *[claim] * 4],  # 1,024: the fourth short line decides it
        [*[long_claim] * 7, line, *[claim] * 3],  # the addressees say nothing: still short
    ]
    assert [short_text(texts) for texts in edges] == [True, False, True]
    cases += edges
    cases += [[r["article"][:n] for r in load_records("zh-policy.jsonl")[:5]] for n in (60, 200, 900)]
    for texts in cases:
        assert short_text(texts) == _old_short_text(texts), texts
    for record in load_records("zh-policy.jsonl")[:10]:
        texts = [s.text for s in document_from_text(record["article"], origin="t", kind="text").segments]
        assert short_text(texts) == _old_short_text(texts)
        known = {t: is_structure(t) for t in texts[::2]}
        assert short_text(texts, known) == _old_short_text(texts)


def test_one_quote_layout_serves_every_group() -> None:
    for record in load_records("en-cnndm.jsonl")[:6]:
        scored = score(document_from_text(record["article"], origin="test", kind="text"), {}, False)[0]
        groups = [scored.usable[k : k + 3] for k in range(0, min(len(scored.usable), 12), 3)]
        layout = quote_layout(scored)
        for picked in groups:
            assert cited_points(scored, picked, groups, "", layout) == cited_points(scored, picked, groups)
    zh = score(document_from_text(load_records("zh-news.jsonl")[0]["article"], origin="t", kind="text"), {}, False)[0]
    assert quote_layout(zh) == (frozenset(), [])
