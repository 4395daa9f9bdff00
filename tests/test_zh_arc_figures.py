"""A Chinese news item's arc figure (`engines/zh_arc_figures.py`): an uncited before→after change
takes the place of the plainest bullet of the group citing its paragraph, or of the overview; a
bullet with a figure or a named measure is never dropped."""

from __future__ import annotations

import pytest

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_arc_figures import add_arc_figure, arc_figure
from scored_builder import zh_scored

INCOME = "村民收入由2008年的人均收入1万元，增长到2022年的人均收入2.7万余元，老百姓生活发生翻天覆地的变化。"


def _scored(paragraphs: list[list[str]]) -> Scored:
    return zh_scored(paragraphs, falling=True, with_kinds=True)


VILLAGE = [
    ["今年旅游火起来了，村子上的旅游也有了起色。", "借助景区优势，村子靠山吃山，靠水吃水，让村民吃上旅游饭。"],
    ["每天的游客人数接近2万人次。", "游客不仅留下来吃饭，还观赏田园特色、住民宿。", "2022年投入1400万元改善村容村貌。"],
    ["截至目前，全村建成农家乐42家，民宿12家。", INCOME],
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (INCOME, True),
        ("“彭阳县的森林覆盖率建县初只有3%，如今已达到36.87%，这样的比例在黄土高原实属罕见。”", True),
        ("浙江全省56个亚运会、亚残运会竞赛场馆实现应急救护阵地和AED配置全覆盖。", True),
        ("行洪流量将由原来的2000多立方米每秒增加至7000立方米每秒。", True),
        ("活动从8月1日持续至8月31日，共有12支代表队参赛。", False),  # a span of dates
        ("南安趴在窗台上往下看，结果从10楼跌落至地面。", False),  # no quantity after
        ("上半年，水电发电量同比下降22.9%。", False),  # a rate, not a before and after
    ],
)
def test_arc_figure(text: str, expected: bool) -> None:
    assert arc_figure(text) is expected


def test_the_arc_replaces_the_overviews_plainest_point_in_place() -> None:
    scored = _scored(VILLAGE)
    # the side group citing its paragraph is full of figures; the overview has two plain points
    drafts = [Draft(None, [0, 3, 1]), Draft(1, [2, 4, 5])]
    chosen = [0, 3, 1, 2, 4, 5]
    add_arc_figure(scored, drafts, chosen)
    assert drafts[0].picked == [0, 6, 1]  # the lighter plain point gives way; the order stays
    assert drafts[1].picked == [2, 4, 5]
    assert sorted(chosen) == [0, 1, 2, 4, 5, 6]


def test_a_side_group_citing_the_paragraph_before_gives_way_first() -> None:
    scored = _scored(VILLAGE)
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3, 4])]  # 3 states nothing specific
    chosen = [0, 1, 2, 3, 4]
    add_arc_figure(scored, drafts, chosen)
    assert drafts[1].picked == [2, 4, 6]
    assert drafts[0].picked == [0, 1]


def test_a_group_with_room_takes_it_besides() -> None:
    scored = _scored(VILLAGE)
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3, 4]), Draft(2, [5])]
    chosen = [0, 1, 2, 3, 4, 5]
    add_arc_figure(scored, drafts, chosen)
    assert drafts[2].picked == [5, 6]
    assert drafts[1].picked == [2, 3, 4]
    assert sorted(chosen) == [0, 1, 2, 3, 4, 5, 6]


def test_no_figure_or_named_measure_is_dropped() -> None:
    paragraphs = [
        ["今年旅游火起来了，共接待游客12万人次。", "村里出台《乡村旅游管理办法》规范经营。"],
        ["每天的游客人数接近2万人次。", "2022年投入1400万元改善村容村貌。", "截至目前，全村建成农家乐42家。", INCOME],
    ]
    scored = _scored(paragraphs)
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3, 4])]
    chosen = [0, 1, 2, 3, 4]
    add_arc_figure(scored, drafts, chosen)
    assert [d.picked for d in drafts] == [[0, 1], [2, 3, 4]]
    assert 5 not in chosen


def test_a_range_is_no_change() -> None:
    assert not arc_figure("由国务院专利行政部门责令停止承接新的专利代理业务6个月至12个月。")
