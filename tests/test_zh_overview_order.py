"""A Chinese news overview's points stand in the article's reading order, its most central
point first where that comes from the overview's earliest paragraph."""

from __future__ import annotations

import pytest

from citebrief.engines.scored import Draft
from citebrief.engines.zh_overview_order import in_reading_order
from conftest import zh_news_brief


@pytest.mark.parametrize(
    ("record_id", "openings"),
    [
        # the blogger's message right after the line that says she sent it, then the festival's opening
        # (it came in for the harvest scene that gave way: `zh_scene_swaps`; the manager's words went down)
        ("_L746", ["法国博主米莲娜10日", "“篁岭的全体村民们好！", "立秋时节，第九届篁岭晒秋文化季"]),
        # the special issue comes out before its nine sections are told (the lottery's 29-year
        # total stays with its paragraph's group: `zh_overview_figure`)
        ("_L16", ["在第15个“全民健身日”", "由国家体育总局体育彩票管理中心", "2023年《全民健身特刊》，设置"]),
        # the headmaster's classrooms after the flood plan and the care that followed (the most
        # central point came from a later passage than the others: it takes its place in order too;
        # the lead's flood figure, up from a pair of strangers (`zh_stranger_homes`), opens it)
        (
            "_L1289",
            [
                "7月29日至8月1日极端强降雨",
                "自7月28日西丁市口学校开启应急防汛预案",
                "随着越来越多民众重返家园",
                "杨潮说，西丁市口学校总校区",
            ],
        ),
    ],
)
def test_the_overview_reads_in_the_articles_order(record_id: str, openings: list[str]) -> None:
    overview = zh_news_brief(record_id).groups[0]
    assert [next(o for o in openings if p.text.startswith(o)) for p in overview.points] == openings


def test_the_first_point_stays_first_where_it_comes_from_the_earliest_paragraph() -> None:
    paragraphs = [1, 1, 1, 2, 3]
    # the caller's quote (sentence 0) opens the article, the lead's statement (1) was picked first
    assert in_reading_order([Draft(None, [1, 4, 0, 3])], paragraphs)[0].picked == [1, 0, 3, 4]
    # the first pick from a later paragraph than another point: all in order
    assert in_reading_order([Draft(None, [3, 1, 0]), Draft(1, [4])], paragraphs)[0].picked == [0, 1, 3]
    # the themes are left as they are
    assert in_reading_order([Draft(None, [0]), Draft(1, [4, 2])], paragraphs)[1].picked == [4, 2]
    assert in_reading_order([], paragraphs) == []
