"""A Chinese news overview's late point said inside one theme's run goes down to that theme."""

from __future__ import annotations

import pytest

from citebrief.engines.scored import Draft
from citebrief.engines.zh_inside_run import run_home
from conftest import zh_news_brief


@pytest.mark.parametrize(
    ("record_id", "detail", "beside"),
    [
        # AI's three parts sat in the overview of quantum computing, between the group's two
        # sentences on what quantum computing does for AI
        ("_L1349", "郭光灿表示，人工智能正在对人类社会产生重要影响", "得益于并行数据处理的特性"),
        # the analyst's first word sat above the market's figures, his next two below
        ("_L441", "兴证国际财富管理部策略分析师田勇", "田勇分析称"),
    ],
)
def test_the_point_inside_a_run_joins_its_theme(record_id: str, detail: str, beside: str) -> None:
    overview, *themes = zh_news_brief(record_id).groups
    assert not any(p.text.startswith(detail) for p in overview.points)
    home = next(g for g in themes if any(p.text.startswith(beside) for p in g.points))
    assert any(p.text.startswith(detail) for p in home.points)
    # three sentences as the engine cuts them: a list the splitter cut at "；" says its items in one
    # bullet (zh_item_lists: "……1.4亿千瓦；截至……增长10.8%。")
    assert len(overview.points) + sum(p.text.count("；") for p in overview.points) >= 3


def test_the_run_that_holds_the_point_between_its_bullets_and_by_its_paragraph() -> None:
    paragraphs = [1, 1, 2, 2, 2, 3, 3, 4]
    drafts = [Draft(None, [0, 3, 6]), Draft(1, [2, 4]), Draft(2, [5, 7])]
    assert run_home(drafts, 3, paragraphs) == 1  # between 2 and 4, paragraph 2 as they are
    assert run_home(drafts, 6, paragraphs) == 2  # between 5 and 7, beside 5 in paragraph 3
    assert run_home([Draft(None, [0, 3]), Draft(1, [1, 5])], 3, paragraphs) is None  # no paragraph shared
    assert run_home([Draft(None, [0, 6]), Draft(1, [2, 4])], 6, paragraphs) is None  # after the run
    full = [Draft(None, [0, 3]), Draft(1, [2, 4, 5, 7])]
    assert run_home(full, 3, paragraphs) is None  # no room: four bullets
