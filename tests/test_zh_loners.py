"""A Chinese news theme's bullet that shares nothing with its group goes to the neighbour it shares with."""

from __future__ import annotations

import numpy as np
import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.scored import Draft
from citebrief.engines.sparse import SparseRows
from citebrief.engines.zh_loners import move_loners
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from conftest import load_records


def _rows(*rows: list[float]) -> SparseRows:
    """Sentence vectors as the engine has them: L2-normalized."""
    return SparseRows.from_dense(np.array(rows, dtype=np.float64)).normalized()


def _none(i: int) -> frozenset[str]:
    return frozenset()


# sentences 0-1 the overview; 2-4 a theme about rain, 5-7 one about the port (6 is a rain line)
VECTORS = _rows(
    [1, 0, 0], [1, 0, 0], [0, 1, 0], [0, 1, 0.1], [0, 0.9, 0.1], [0, 0, 1], [0, 1, 0], [0.01, 0, 1], [0, 0, 1]
)


def test_a_loner_joins_the_neighbouring_theme_it_shares_terms_with() -> None:
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3]), Draft(2, [5, 6, 7])]
    moved = move_loners(drafts, VECTORS, _none)
    assert [d.picked for d in moved] == [[0, 1], [2, 3, 6], [5, 7]]


def test_a_loner_stays_where_the_neighbour_is_full_or_its_group_would_keep_one() -> None:
    full = [Draft(None, [0, 1]), Draft(1, [2, 3, 4, 8]), Draft(2, [5, 6, 7])]
    assert [d.picked for d in move_loners(full, VECTORS, _none)] == [[0, 1], [2, 3, 4, 8], [5, 6, 7]]
    pair = [Draft(None, [0, 1]), Draft(1, [2, 3]), Draft(2, [5, 6])]
    assert [d.picked for d in move_loners(pair, VECTORS, _none)] == [[0, 1], [2, 3], [5, 6]]


def test_a_loner_never_goes_to_the_overview_nor_past_its_neighbours() -> None:
    # sentence 6 is a rain line in the first theme's place only: the overview and a theme two
    # groups away do not take it
    vectors = _rows([0, 1, 0], [0, 1, 0], [0, 0, 1], [0, 0, 1], [1, 0, 0], [1, 0, 0], [0, 1, 0], [0, 1, 0])
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3, 6]), Draft(2, [4, 5]), Draft(3, [7])]
    assert [d.picked for d in move_loners(drafts, vectors, _none)] == [[0, 1], [2, 3, 6], [4, 5], [7]]


def test_a_bullet_that_shares_a_name_or_noun_with_its_group_is_no_loner() -> None:
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3]), Draft(2, [5, 6, 7])]

    def ties(i: int) -> frozenset[str]:
        return frozenset({"杜苏芮"}) if i in (6, 7) else frozenset()

    assert [d.picked for d in move_loners(drafts, VECTORS, ties)] == [[0, 1], [2, 3], [5, 6, 7]]


def _brief(record_id: str) -> Brief:
    """A zh-news article's brief as the blind readers read it (raw text)."""
    record = next(r for r in load_records("zh-news.jsonl") if r["id"].endswith(record_id))
    return draft_extractive(document_from_text(record["article"], origin="x", kind="text"))


@pytest.mark.parametrize(
    ("record_id", "loner", "beside"),
    [
        # the one-hour beating-heart surgery sat with the prototype line and the 47 patients
        ("_L754", "该术式将原本需要开胸", "目前，肥心病常规治疗方法"),
        # the patient's sneezing sat with the advice to avoid allergens
        ("_L744", "“这几天开始眼睛痒", "樊长娥说，对于体质敏感人群来讲"),
        # the blogger's view of the village's customs sat with the drying racks and her posts
        ("_L746", "在米莲娜看来", "米莲娜的丈夫是中国人"),
    ],
)
def test_the_loner_joins_the_theme_it_belongs_to(record_id: str, loner: str, beside: str) -> None:
    groups = _brief(record_id).groups
    home = next(g for g in groups if any(p.text.startswith(beside) for p in g.points))
    assert any(p.text.startswith(loner) for p in home.points)
