"""A Chinese article's own ranking of a problem (`engines/zh_ranked_problems.py`): the first, the
greatest or the main one, which no bullet says, joins the group of its passage, one more bullet of a
short group or in the place of a full group's least central."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.sparse import SparseRows
from citebrief.engines.zh_ranked_problems import ranked_problems_given, ranking_kinds
from scored_builder import zh_scored


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("目前人才流失已成为制约当地制造业发展的首要问题。", "first"),
        ("农村物流最大的问题是最后一公里成本过高。", "most"),
        ("该园区的主要问题在于配套道路尚未建成。", "main"),
    ],
)
def test_each_kind_of_ranking_is_read(text: str, kind: str) -> None:
    assert ranking_kinds(text) == {kind}


@pytest.mark.parametrize(
    "text",
    [
        "当前制约发展的首要问题是什么？",  # a question ranks nothing
        "会议研究了园区建设中的主要问题。",  # problems studied, none named
        "跌落是儿童受伤的主要原因。",  # a cause, no problem the article ranks
    ],
)
def test_no_ranking_in_other_sentences(text: str) -> None:
    assert ranking_kinds(text) == frozenset()


REPORT = [
    [
        "全省共有制造业企业1.2万家。",
        "去年制造业增加值增长6.5%。",
    ],
    [
        "近三年，全省制造业技术工人净流出约8万人。",
        "其中，高级技工流出占比达到四成。",
        "目前人才流失已成为制约当地制造业发展的首要问题。",
    ],
    [
        "为此，省里出台了十条留才措施。",
        "措施包括住房补贴和子女入学保障。",
    ],
]


def _scored(centrality: list[float]) -> Scored:
    """REPORT read with each sentence's centrality to the article (one term the whole article shares)."""
    scored = zh_scored(REPORT)
    rows = np.array(centrality, dtype=float).reshape(-1, 1)
    return replace(
        scored,
        sentence_vectors=SparseRows.from_dense(rows),
        paragraph_vectors=SparseRows.from_dense(np.ones((len(REPORT), 1))),
    )


def test_a_ranked_problem_joins_the_short_group_of_its_paragraph() -> None:
    scored = _scored([0.9, 0.8, 0.7, 0.3, 0.2, 0.6, 0.5])
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3]), Draft(2, [5, 6])]
    chosen = [0, 1, 2, 3, 5, 6]
    ranked_problems_given(scored, drafts, chosen)
    assert drafts[1].picked == [2, 3, 4]  # one more bullet, in article order
    assert drafts[2].picked == [5, 6]
    assert sorted(chosen) == [0, 1, 2, 3, 4, 5, 6]


def test_a_full_group_trades_its_least_central_bullet() -> None:
    scored = _scored([0.9, 0.8, 0.7, 0.3, 0.2, 0.6, 0.5])
    drafts = [Draft(None, [0]), Draft(1, [1, 2, 3, 5])]
    chosen = [0, 1, 2, 3, 5]
    ranked_problems_given(scored, drafts, chosen)
    assert drafts[1].picked == [1, 2, 4, 5]  # the ranking for the least central, "其中，……"
    assert sorted(chosen) == [0, 1, 2, 4, 5]


def test_with_no_group_citing_its_paragraph_the_passage_before_takes_it() -> None:
    scored = _scored([0.9, 0.8, 0.7, 0.3, 0.2, 0.6, 0.5])
    drafts = [Draft(None, [2]), Draft(1, [0, 1]), Draft(2, [5, 6])]
    ranked_problems_given(scored, drafts, [0, 1, 2, 5, 6])
    assert drafts[1].picked == [0, 1, 4]  # the group ending right before its paragraph
    assert drafts[2].picked == [5, 6]


def test_a_ranking_a_bullet_says_already_stays_out() -> None:
    scored = _scored([0.9, 0.8, 0.7, 0.3, 0.2, 0.6, 0.5])
    scored.trimmed[3] = "目前人才流失已成为制约当地制造业发展的首要问题。"
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3]), Draft(2, [5, 6])]
    ranked_problems_given(scored, drafts, [0, 1, 2, 3, 5, 6])
    assert drafts[1].picked == [2, 3]


def test_no_ranking_in_an_english_brief() -> None:
    scored = replace(_scored([0.9, 0.8, 0.7, 0.3, 0.2, 0.6, 0.5]), lang="en")
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3]), Draft(2, [5, 6])]
    ranked_problems_given(scored, drafts, [0, 1, 2, 3, 5, 6])
    assert drafts[1].picked == [2, 3]
