"""An English group whose bullets lie on both sides of another whole group gives its smaller side
to the group it neighbours: the story is told in sequence (`engines/en_nested.py`)."""

from __future__ import annotations

from citebrief.engines.en_nested import unnest
from citebrief.engines.scored import Draft
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from conftest import shared_article


def _unnest(groups: list[list[int]], max_group: int = 5, kept: frozenset[int] = frozenset()) -> list[list[int]]:
    drafts = [Draft(n, picked) for n, picked in enumerate(groups)]
    unnest(drafts, min_group=2, max_group=max_group, kept=kept)
    return [d.picked for d in drafts]


def test_the_smaller_side_after_joins_the_last_group_it_straddles() -> None:
    assert _unnest([[12, 16, 19, 41], [24, 25, 27, 38]]) == [[12, 16, 19], [24, 25, 27, 38, 41]]


def test_the_smaller_side_before_joins_the_first_group_it_straddles() -> None:
    assert _unnest([[5, 34, 37], [6, 7, 9], [22, 25, 30]]) == [[34, 37], [5, 6, 7, 9], [22, 25, 30]]
    assert _unnest([[8, 14, 15, 20], [9, 10]]) == [[14, 15, 20], [8, 9, 10]]


def test_a_group_a_trade_gave_its_thread_stays_whole() -> None:
    # the case against two colleagues at the start and its end at the close (`en_thread_swaps.py`)
    assert _unnest([[4, 5, 30, 31], [13, 14, 16]], kept=frozenset({31})) == [[4, 5, 30, 31], [13, 14, 16]]
    assert _unnest([[4, 5, 30, 31], [13, 14, 16]]) == [[30, 31], [4, 5, 13, 14, 16]]


def test_groups_in_sequence_or_interleaved_stay() -> None:
    assert _unnest([[1, 2, 3], [5, 6], [8, 9]]) == [[1, 2, 3], [5, 6], [8, 9]]
    assert _unnest([[2, 5, 9], [6, 10, 15]]) == [[2, 5, 9], [6, 10, 15]]  # neither holds the other
    assert _unnest([[1, 15, 30], [5, 8], [20, 25]]) == [[1, 15, 30], [5, 8], [20, 25]]  # a bullet between


def test_no_move_that_leaves_one_bullet_or_overfills_a_group() -> None:
    assert _unnest([[1, 9], [4, 5]]) == [[1, 9], [4, 5]]  # two bullets: nothing to spare
    assert _unnest([[9, 11, 13, 25, 28], [14, 15, 18, 20]]) == [[9, 11, 13, 25, 28], [14, 15, 18, 20]]
    partly_inside = [[1, 2, 3, 28, 45], [5, 8], [27, 40]]  # the side after: 28 inside [27, 40], 45 not
    assert _unnest(partly_inside) == [[1, 2, 3, 28, 45], [5, 8], [27, 40]]


def test_a_side_inside_a_third_groups_span_joins_that_group() -> None:
    assert _unnest([[4, 5, 6, 30], [13, 16, 20], [27, 31]]) == [[4, 5, 6], [13, 16, 20], [27, 30, 31]]


def _strictly_inside(inner: list[int], outer: list[int]) -> bool:
    return min(outer) < min(inner) and max(inner) < max(outer)


def test_a_teachers_case_keeps_the_victims_testimony_together() -> None:
    # a plea deal, the school's lawsuit, then a victim's testimony at the article's end: the
    # testimony's last sentence went back to the lawsuit's group, around the school's
    article = shared_article("en-cnndm.jsonl", 112)
    brief = draft(document_from_text(article, origin="en-cnndm-112", kind="text"))
    cited = [[n for p in g.points for n in p.citations] for g in brief.groups[1:]]
    assert not any(_strictly_inside(a, b) for a in cited for b in cited if a is not b)
    last = next(g for g in brief.groups if any("He told the court" in p.text for p in g.points))
    assert any("previously testified" in p.text for p in last.points)
