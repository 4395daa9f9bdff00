"""A Chinese news overview's late detail goes down to the theme it is a detail of."""

from __future__ import annotations

import numpy as np
import pytest

from citebrief.engines.scored import Draft
from citebrief.engines.sparse import SparseRows
from citebrief.engines.zh_overview_details import details_down, hollow
from conftest import zh_news_brief


@pytest.mark.parametrize(
    ("record_id", "detail", "beside"),
    [
        # the scripture's background sat in the overview, its donation in the group below
        ("_L1216", "《达摩血脉论》为禅宗初祖菩提达摩所作", "作为是次大会“重头戏”的《达摩血脉论》"),
        # coal's share of power output, from the article's last passage, above the investment figures
        ("_L461", "煤电发电量占全口径总发电量比重为58.5%", "上半年，全国规模以上电厂发电量4.17万亿千瓦时"),
    ],
)
def test_the_detail_joins_its_theme_and_the_lead_fills_its_place(record_id: str, detail: str, beside: str) -> None:
    overview, *themes = zh_news_brief(record_id).groups
    assert not any(p.text.startswith(detail) for p in overview.points)
    home = next(g for g in themes if any(p.text.startswith(beside) for p in g.points))
    assert any(p.text.startswith(detail) for p in home.points)
    # three sentences as the engine cuts them: a list the splitter cut at "；" says its items in one
    # bullet (zh_item_lists: "……1.4亿千瓦；截至……增长10.8%。")
    assert len(overview.points) + sum(p.text.count("；") for p in overview.points) >= 3
    assert all(p.citations[0] == 1 for p in overview.points)  # all three from the lead passage


def test_the_headline_the_lead_states_takes_the_details_place() -> None:
    overview, *_ = zh_news_brief("_L1181").groups
    assert any(p.text.startswith("26日，中央气象台将台风预警升级为红色") for p in overview.points)


def test_the_measure_taken_with_the_leads_point_is_said_with_it() -> None:
    # "同时，安排公交夜班运力……" holds the sentence before it, which the overview took: alone
    # it was passed over as that one's repeat, and the night buses were in no bullet
    overview, *_ = zh_news_brief("_L1377").groups
    assert any("延时运营60分钟。同时，安排公交夜班运力加强接驳服务。" in p.text for p in overview.points)


def _rows(*rows: list[float]) -> SparseRows:
    return SparseRows.from_dense(np.array(rows, dtype=np.float64))


# sentences 0-1 the lead (paragraph 1); 2-3 a theme on rain (paragraph 2); 4 a rain detail
# (paragraph 3) that the overview took; 5 another lead sentence no group holds
VECTORS = _rows([1, 0, 0], [1, 0.2, 0], [0, 1, 0], [0, 1, 0.1], [0, 1, 0], [1, 0, 0.1])
PARAGRAPHS = [1, 1, 2, 2, 3, 1]
TEXTS = ["台风登陆。", "省里启动应急响应。", "暴雨持续。", "雨量达到200毫米。", "16日仍有暴雨。", "响应升级。"]


def _drafts() -> list[Draft]:
    return [Draft(None, [0, 1, 4]), Draft(1, [2, 3])]


def test_a_late_detail_goes_down_and_the_lead_refills() -> None:
    calls: list[tuple[list[int], int]] = []

    def refill(taken: list[int], start: int) -> int | None:
        calls.append((sorted(taken), start))
        return 5

    drafts = details_down(_drafts(), VECTORS, (TEXTS, PARAGRAPHS), "", refill)
    assert [d.picked for d in drafts] == [[0, 1, 5], [2, 3, 4]]
    assert calls == [([0, 1, 2, 3, 4], 2)]  # asked for a lead point before the theme's first bullet


def test_without_a_lead_point_to_refill_the_detail_stays() -> None:
    # a detail only somewhat nearer its theme than the lead's points (`zh_clear_details` moves a plain one)
    faint = _rows([1, 0, 0], [1, 0.2, 0], [0, 1, 0], [0, 1, 0.1], [0.2, 0.25, 0], [1, 0, 0.1])
    drafts = details_down(_drafts(), faint, (TEXTS, PARAGRAPHS), "", lambda taken, start: None)
    assert [d.picked for d in drafts] == [[0, 1, 4], [2, 3]]
    four = [Draft(None, [0, 1, 5, 4]), Draft(1, [2, 3])]  # a fourth point may go without a refill
    assert [d.picked for d in details_down(four, VECTORS, (TEXTS, PARAGRAPHS), "")] == [[0, 1, 5], [2, 3, 4]]


def test_what_stays_in_the_overview() -> None:
    def refill(taken: list[int], start: int) -> int | None:
        return 5

    # a running total the overview took on purpose
    totals = [*TEXTS[:4], "截至16日，累计降雨200毫米。", TEXTS[5]]
    assert details_down(_drafts(), VECTORS, (totals, PARAGRAPHS), "", refill)[0].picked == [0, 1, 4]
    # a sentence of the lead's own paragraph
    lead = [1, 1, 2, 2, 1, 1]
    assert details_down(_drafts(), VECTORS, (TEXTS, lead), "", refill)[0].picked == [0, 1, 4]
    # a theme that starts after the detail is not what it is a detail of
    later = [Draft(None, [0, 1, 2]), Draft(1, [3, 4])]
    assert details_down(later, VECTORS, (TEXTS, PARAGRAPHS), "", refill)[0].picked == [0, 1, 2]
    # nor a full theme, nor one whose words it does not share
    full = [Draft(None, [0, 1, 4]), Draft(1, [2, 3, 6, 7])]
    wide = _rows([1, 0, 0], [1, 0.2, 0], [0, 1, 0], [0, 1, 0.1], [0, 1, 0], [1, 0, 0.1], [0, 1, 0], [0, 1, 0])
    assert details_down(full, wide, ([*TEXTS, "雨。", "雨。"], [*PARAGRAPHS, 2, 2]), "", refill)[0].picked == [0, 1, 4]
    apart = [Draft(None, [0, 1, 4]), Draft(1, [2, 3])]
    other = _rows([1, 0, 0], [1, 0.2, 0], [0, 0, 1], [0, 0, 1], [0, 1, 0], [1, 0, 0.1])
    assert details_down(apart, other, (TEXTS, PARAGRAPHS), "", refill)[0].picked == [0, 1, 4]


def test_a_detail_past_the_next_themes_start_stays_out_of_the_earlier_theme() -> None:
    # the rain detail (paragraph 4) comes after the next theme (paragraph 3) begins: in the rain
    # theme it would break the reading order of the runs, and the next theme does not share its words
    vectors = _rows([1, 0, 0], [1, 0.2, 0], [0, 1, 0], [0, 1, 0.1], [0, 1, 0], [1, 0, 0.1], [0, 0, 1], [0, 0, 1])
    paragraphs = [1, 1, 2, 2, 4, 1, 3, 3]
    texts = [*TEXTS, "港口停航。", "船只回港。"]
    drafts = [Draft(None, [0, 1, 4]), Draft(1, [2, 3]), Draft(2, [6, 7])]
    settled = details_down(drafts, vectors, (texts, paragraphs), "", lambda taken, start: 5)
    assert [d.picked for d in settled] == [[0, 1, 4], [2, 3], [6, 7]]


def test_a_sentence_that_only_says_who_attended_or_where_a_reporter_stands_is_hollow() -> None:
    assert hollow("吴恳大使和使馆主要外交官出席活动。")
    assert hollow("总台央视记者 李贺：这里是北京市朝阳区大望路，这条路也是交通压力一直比较大的路段。")
    assert hollow("记者看到，现场秩序井然。")
    assert not hollow("吴俊辉阐述了中国和平理念和国防政策，指出中国是全球唯一将“坚持和平发展道路”载入宪法的国家。")
    assert not hollow("约350人出席招待会，其中包括多国驻德使节和武官。")
    assert not hollow("北京市交通委介绍，记者看到当前道路交通分指各单位各部门防汛力量全部在岗在位。")
