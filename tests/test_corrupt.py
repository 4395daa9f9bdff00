"""The seeded corruption generator behind `citebrief eval --verify` (citebrief.eval.corrupt)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from citebrief.eval.corrupt import KINDS, change_number, corrupt, foreign_sentences, move_citation
from citebrief.eval.rouge import Record, prepare_document
from citebrief.ingest import read_path
from citebrief.model import Brief, Document, Group, Point
from citebrief.pipeline import draft
from citebrief.text.numbers import find_quantities, quantity_keys
from conftest import load_records


@pytest.fixture(scope="module")
def policy(examples_dir: Path) -> tuple[Document, Brief]:
    document = read_path(examples_dir / "zh-tech-policy.html")
    return document, draft(document)


@pytest.fixture(scope="module")
def foreign() -> list[str]:
    """Sentences of a news article on another subject (fishing season in Fujian)."""
    record = load_records("zh-news.jsonl")[2]
    document, _ = prepare_document(Record(id="other", article=record["article"], summary=""))
    return [s.text for segment in document.segments for s in segment.sentences]


def _changed(original: Brief, corrupted: Brief) -> list[tuple[Point, Point]]:
    return [(a, b) for a, b in zip(original.points(), corrupted.points(), strict=False) if a != b]


def test_moved_citation_points_at_a_paragraph_that_does_not_say_it(policy: tuple[Document, Brief]) -> None:
    document, brief = policy
    for seed in range(10):
        made = move_citation(brief, document, random.Random(seed))
        assert made is not None
        corrupted, info = made
        point = corrupted.groups[info.group].points[info.point]
        original = brief.groups[info.group].points[info.point]
        assert point.text == original.text
        assert point.citations != original.citations
        (target,) = point.citations
        assert point.text.removesuffix("……") not in document.segment(target).text
        figures = {q.key for q in find_quantities(point.text) if not q.weak}
        assert not figures or not figures <= quantity_keys(document.segment(target).text)
        assert info.has_figures == bool(figures)


def test_changed_number_is_not_in_the_cited_paragraph(policy: tuple[Document, Brief]) -> None:
    document, brief = policy
    for seed in range(10):
        made = change_number(brief, document, random.Random(seed))
        assert made is not None
        corrupted, info = made
        [(before, after)] = _changed(brief, corrupted)
        assert before.citations == after.citations
        old, new = info.detail.split(" → ")
        assert old in before.text and new in after.text
        cited = quantity_keys(" ".join(document.segment(n).text for n in after.citations))
        assert {q.key for q in find_quantities(after.text)} - cited, info


def test_no_number_to_change_gives_none(policy: tuple[Document, Brief]) -> None:
    document, brief = policy
    plain = brief.model_copy(
        update={"groups": [Group(title="x", points=[Point(text="委员们建议深化产教融合。", citations=[10])])]}
    )
    assert change_number(plain, document, random.Random(0)) is None


def test_swapped_entity_is_a_name_the_cited_paragraph_lacks(policy: tuple[Document, Brief], foreign: list[str]) -> None:
    document, brief = policy
    made = corrupt(brief, document, "entity", random.Random(5), foreign)
    assert made is not None
    corrupted, info = made
    old, new = info.detail.split(" → ")
    point = corrupted.groups[info.group].points[info.point]
    assert new in point.text
    assert old not in point.text or point.text.count(old) < brief.groups[info.group].points[info.point].text.count(old)
    assert new not in " ".join(document.segment(n).text for n in point.citations)


def test_fabricated_bullet_is_about_something_else(policy: tuple[Document, Brief], foreign: list[str]) -> None:
    document, brief = policy
    made = corrupt(brief, document, "fabricated", random.Random(2), foreign)
    assert made is not None
    corrupted, info = made
    assert len(corrupted.points()) == len(brief.points()) + 1
    inserted = corrupted.groups[info.group].points[info.point]
    assert inserted not in brief.points()
    assert 1 <= inserted.citations[0] <= len(document.segments)
    assert inserted.text.removesuffix("……") in " ".join(foreign)


def test_foreign_sentences_share_little_with_the_article(policy: tuple[Document, Brief], foreign: list[str]) -> None:
    document, _ = policy
    own = [s.text for s in document.segments[1].sentences]
    chosen = foreign_sentences(document, [*own, *foreign])
    assert chosen
    assert not set(own) & set(chosen)  # the article's own sentences are never "never mentioned"


@pytest.mark.parametrize("kind", KINDS)
def test_one_seed_one_corruption(policy: tuple[Document, Brief], foreign: list[str], kind: str) -> None:
    document, brief = policy
    first = corrupt(brief, document, kind, random.Random(42), foreign)  # type: ignore[arg-type]
    again = corrupt(brief, document, kind, random.Random(42), foreign)  # type: ignore[arg-type]
    assert first is not None and again is not None
    assert first[1] == again[1]
    assert first[0] == again[0]
    others = {corrupt(brief, document, kind, random.Random(seed), foreign)[1] for seed in range(8)}  # type: ignore[arg-type,index]
    assert len(others) > 1  # the seed matters


def test_corrupting_leaves_the_original_alone(policy: tuple[Document, Brief], foreign: list[str]) -> None:
    document, brief = policy
    before = brief.model_dump_json()
    rng = random.Random(7)
    for kind in KINDS:
        corrupt(brief, document, kind, rng, foreign)
    assert brief.model_dump_json() == before
