"""A Chinese news overview's late point that is plainly one theme's detail goes down to it even
where the lead has no point to give in its place."""

from __future__ import annotations

import numpy as np
import pytest

from citebrief.engines.scored import Draft
from citebrief.engines.sparse import SparseRows
from citebrief.engines.zh_clear_details import closeness, plainly_theirs
from citebrief.engines.zh_overview_details import details_down
from conftest import zh_news_brief


@pytest.mark.parametrize(
    ("record_id", "detail", "beside"),
    [
        # the next day's forecast sat above the lead's fire warning, the forecast group below lacked it
        ("_L1261", "16日白天到夜间，各地多云到晴", "具体预报为：15日白天到夜间"),
        # the eight provinces' hand-over of offences, beside Beijing's own hand-over with Hebei and Tianjin
        ("_L645", "华北东北八省区市的公安交管部门", "北京交管部门将与河北、天津交警建立联勤联动工作机制"),
    ],
)
def test_the_plain_detail_joins_its_theme_and_the_lead_keeps_two_points(
    record_id: str, detail: str, beside: str
) -> None:
    overview, *themes = zh_news_brief(record_id).groups
    assert not any(p.text.startswith(detail) for p in overview.points)
    home = next(g for g in themes if any(p.text.startswith(beside) for p in g.points))
    assert any(p.text.startswith(detail) for p in home.points)
    assert len(overview.points) >= 2


def _rows(*rows: list[float]) -> SparseRows:
    return SparseRows.from_dense(np.array(rows, dtype=np.float64))


# sentences 0-1 the lead (paragraph 1); 2-3 a theme on rain (paragraph 2); 4 a rain detail
# (paragraph 3) that the overview took; 5 a later theme's sentence
VECTORS = _rows([1, 0, 0], [1, 0.2, 0], [0, 1, 0], [0, 1, 0.1], [0, 1, 0], [0, 0, 1])
PARAGRAPHS = [1, 1, 2, 2, 3, 3]
TEXTS = ["台风登陆。", "省里启动应急响应。", "暴雨持续。", "雨量达到200毫米。", "16日仍有暴雨。", "港口停航。"]


def test_without_a_refill_a_plain_detail_goes_down() -> None:
    drafts = [Draft(None, [0, 1, 4]), Draft(1, [2, 3])]
    settled = details_down(drafts, VECTORS, (TEXTS, PARAGRAPHS), "", lambda taken, start: None)
    assert [d.picked for d in settled] == [[0, 1], [2, 3, 4]]


def test_what_keeps_the_detail_in_the_overview() -> None:
    assert plainly_theirs(VECTORS, 4, [0, 1, 4], [2, 3], [])
    # the overview would keep one point only
    assert not plainly_theirs(VECTORS, 4, [0, 4], [2, 3], [])
    # a later theme's bullet comes before the detail: the theme's run would wrap it
    assert not plainly_theirs(VECTORS, 4, [0, 1, 4], [2], [3])
    # a faint likeness to the theme, or one hardly above the lead's
    faint = _rows([1, 0, 0], [1, 0.2, 0], [0, 1, 0], [0, 1, 0.1], [0.2, 0.25, 0], [0, 0, 1])
    assert not plainly_theirs(faint, 4, [0, 1, 4], [2, 3], [])
    even = _rows([1, 0, 0], [1, 0.2, 0], [0, 1, 0], [0, 1, 0.1], [0.7, 0.7, 0], [0, 0, 1])
    assert closeness(even, 4, [2, 3]) >= 0.3
    assert not plainly_theirs(even, 4, [0, 1, 4], [2, 3], [])
