"""Neighbouring sections whose headings share a word join before two that share none, so that
a joined group reads as one theme ("工业绿色生产" with "农业绿色生产"), not two glued under one
title ("风险防控能力、市场主体活力"), where their content is as alike as that of the pair that would
join else; a word three headings say names no pair's theme."""

from __future__ import annotations

from citebrief.engines.outline_sections import Section, merge_neighbours
from citebrief.engines.sparse import SparseRows
from citebrief.engines.themes import outline_themes
from citebrief.text.outline import Heading

_LABELS = ("推行工业绿色生产", "推行农业绿色生产", "提升风险防控能力", "激发市场主体活力")


def _outline(labels: tuple[str, ...]) -> list[Heading]:
    return [Heading(2 * k, 3, label, len(label), first=not k) for k, label in enumerate(labels)]


def test_neighbours_whose_headings_share_a_word_join_first() -> None:
    outline = _outline(("甲", "乙", "丙", "丁"))
    sections = [Section(2 * k, 2 * k + 2, h, w) for k, (h, w) in enumerate(zip(outline, (10, 10, 4, 4), strict=True))]
    words = {0: frozenset({"绿色"}), 2: frozenset({"绿色"}), 4: frozenset({"风险"}), 6: frozenset({"市场"})}
    merge_neighbours(sections, 3, minimum=2, words=words)
    assert [(s.start, s.end) for s in sections] == [(0, 4), (4, 6), (6, 8)]


def test_without_shared_words_the_lightest_pair_joins() -> None:
    outline = _outline(("甲", "乙", "丙", "丁"))
    sections = [Section(2 * k, 2 * k + 2, h, w) for k, (h, w) in enumerate(zip(outline, (10, 10, 4, 4), strict=True))]
    merge_neighbours(sections, 3, minimum=2, words={})
    assert [(s.start, s.end) for s in sections] == [(0, 2), (2, 4), (4, 8)]


def _sections() -> list[Section]:
    outline = _outline(("甲", "乙", "丙", "丁"))
    return [Section(2 * k, 2 * k + 2, h, w) for k, (h, w) in enumerate(zip(outline, (10, 10, 4, 4), strict=True))]


def _content(first: dict[int, float], second: dict[int, float]) -> SparseRows:
    """Two paragraphs a section: the kin pair's `first` and `second`, the two others alike (0.5)."""
    rows = [first, first, second, second, {2: 1.0, 3: 1.0}, {2: 1.0, 3: 1.0}, {2: 1.0, 4: 1.0}, {2: 1.0, 4: 1.0}]
    return SparseRows.from_counts(rows, 7)


_KIN_WORDS = {0: frozenset({"生产"}), 2: frozenset({"生产"}), 4: frozenset({"风险"}), 6: frozenset({"市场"})}


def test_kin_whose_content_differs_more_than_the_cheapest_pair_s_do_not_go_first() -> None:
    sections = _sections()
    merge_neighbours(sections, 3, minimum=2, vectors=_content({0: 1.0}, {1: 1.0}), words=_KIN_WORDS)
    assert [(s.start, s.end) for s in sections] == [(0, 2), (2, 4), (4, 8)]


def test_kin_whose_content_is_as_alike_go_first() -> None:
    sections = _sections()
    merge_neighbours(sections, 3, minimum=2, vectors=_content({0: 1.0}, {0: 1.0, 6: 1.0}), words=_KIN_WORDS)
    assert [(s.start, s.end) for s in sections] == [(0, 4), (4, 6), (6, 8)]


def test_a_plan_joins_its_two_green_production_tasks_not_risk_with_market() -> None:
    available = [0, 10, 0, 10, 0, 4, 0, 4]
    themes = outline_themes(_outline(_LABELS), len(available), available, 3, "zh")
    assert themes is not None
    assert themes.labels.tolist() == [0, 0, 0, 0, 1, 1, 2, 2]
    assert [title for _, title in themes.titles[0]] == ["工业绿色生产", "农业绿色生产"]


def test_a_word_three_headings_say_is_no_pair_s_theme() -> None:
    labels = ("践行绿色生活方式", "推行工业绿色发展", "推行农业绿色转型", "提升风险防控能力", "激发市场主体活力")
    available = [0, 10, 0, 10, 0, 10, 0, 4, 0, 4]
    themes = outline_themes(_outline(labels), len(available), available, 4, "zh")
    assert themes is not None
    assert themes.labels.tolist() == [0, 0, 1, 1, 2, 2, 3, 3, 3, 3]
