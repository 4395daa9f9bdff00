"""A Chinese news overview's late detail gives its place to the lead point the first group opens on."""

from __future__ import annotations

import numpy as np
import pytest

from citebrief.engines.scored import Draft
from citebrief.engines.sparse import SparseRows
from citebrief.engines.zh_lead_lift import lift_first
from citebrief.engines.zh_overview_details import details_down
from conftest import zh_news_brief


@pytest.mark.parametrize(
    ("record_id", "detail", "beside", "lifted"),
    [
        # the meeting's second list of adopted rules sat in the overview, its first below
        ("_L411", "会议审议通过了全国政协组织", "会议审议通过了政协第十四届", "王沪宁表示，习近平总书记"),
        # the lawyer's word on the contract sat in the overview, the photographer's case below it
        ("_L1285", "在合同约定了独占许可", "摄影师本人使用自己作品是否侵权", "8月15日晚，视觉中国回应称"),
    ],
)
def test_the_detail_joins_its_theme_and_the_first_groups_lead_point_goes_up(
    record_id: str, detail: str, beside: str, lifted: str
) -> None:
    overview, *themes = zh_news_brief(record_id).groups
    assert not any(p.text.startswith(detail) for p in overview.points)
    home = next(g for g in themes if any(p.text.startswith(beside) for p in g.points))
    assert any(p.text.startswith(detail) for p in home.points)
    assert any(p.text.startswith(lifted) for p in overview.points)
    assert all(p.citations[0] == 1 for p in overview.points)  # all from the lead passage
    assert all(len(g.points) >= 2 for g in themes)


def _rows(*rows: list[float]) -> SparseRows:
    return SparseRows.from_dense(np.array(rows, dtype=np.float64))


# 0 the lead; 1 a lead sentence the rain theme opens on; 2-3 the rain theme; 4 a rain detail
# from a later paragraph that the overview took; 5-6 a port theme
VECTORS = _rows([1, 0, 0], [1, 0.2, 0], [0, 1, 0], [0, 1, 0.1], [0, 1, 0], [0, 0, 1], [0, 0, 1])
PARAGRAPHS = [1, 1, 2, 2, 3, 4, 4]
TEXTS = [
    "台风在福建登陆。",
    "福建启动台风应急响应。",
    "暴雨持续。",
    "雨量达到200毫米。",
    "16日仍有暴雨。",
    "港口停航。",
    "船只回港。",
]


def _lead_point(taken: list[int], start: int) -> int | None:
    """The lead's next point as the engine gives it: sentence 1 where no group holds it."""
    return 1 if start > 1 and 1 not in taken else None


def test_the_first_groups_opener_takes_the_details_slot() -> None:
    drafts = [Draft(None, [0, 4]), Draft(1, [1, 2, 3]), Draft(2, [5, 6])]
    settled = details_down(drafts, VECTORS, (TEXTS, PARAGRAPHS), "", _lead_point)
    assert [d.picked for d in settled] == [[0, 1], [2, 3, 4], [5, 6]]


def test_where_the_lead_point_does_not_qualify_nothing_moves() -> None:
    # not a lead point of its own (the engine's refill passes it over)
    drafts = [Draft(None, [0, 4]), Draft(1, [1, 2, 3]), Draft(2, [5, 6])]
    assert not lift_first(drafts, 4, 1, lambda taken, start: None, TEXTS)
    assert [d.picked for d in drafts] == [[0, 4], [1, 2, 3], [5, 6]]
    # the first group would keep one bullet: the detail goes to another group
    two = [Draft(None, [0, 4]), Draft(1, [1, 2]), Draft(2, [5, 6])]
    assert not lift_first(two, 4, 2, _lead_point, TEXTS)
    assert [d.picked for d in two] == [[0, 4], [1, 2], [5, 6]]
    # a scene that says nothing the overview's other points say
    scene = ["台风在福建登陆。", "天空阴沉，海浪翻滚。", *TEXTS[2:]]
    drafts = [Draft(None, [0, 4]), Draft(1, [1, 2, 3]), Draft(2, [5, 6])]
    assert not lift_first(drafts, 4, 1, _lead_point, scene)
    # the opener comes after the detail
    late = [Draft(None, [0, 1]), Draft(1, [2, 3]), Draft(2, [5, 6])]
    assert not lift_first(late, 1, 1, lambda taken, start: 2, TEXTS)
