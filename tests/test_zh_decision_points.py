"""A Chinese news item's decisions (`engines/zh_decision_points.py`): a response level started, a
coloured warning issued, everything of a kind stopped, a counted whole covered in full; one no
bullet says takes the place of its group's least central bullet, and the brief does not grow."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.sparse import SparseRows
from citebrief.engines.zh_decision_points import decision_kinds, say_decisions
from scored_builder import zh_scored


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("省水利厅当晚启动防汛Ⅲ级应急响应，要求各地加强值守。", "response"),
        ("市防指将防汛应急响应提升至二级。", "response"),
        ("市气象台今晨发布暴雨黄色预警信号。", "warning"),
        ("当日下午，台风预警升级为红色。", "warning"),
        ("景区停止一切户外活动审批。", "ban"),
        ("全市32个乡镇卫生院实现远程会诊全覆盖。", "coverage"),
    ],
)
def test_each_kind_of_decision_is_read(text: str, kind: str) -> None:
    assert decision_kinds(text) == {kind}


@pytest.mark.parametrize(
    "text",
    [
        "预计明天白天有中到大雨，局地暴雨。",  # a forecast decides nothing
        "湖面泛起蓝色的波光，游客纷纷拍照。",  # a colour is no warning
        "记者从活动现场了解到，培训覆盖面进一步扩大。",  # coverage widened, no whole reached
        "一切准备工作已经就绪。",  # everything ready: nothing stopped
    ],
)
def test_no_decision_in_other_sentences(text: str) -> None:
    assert decision_kinds(text) == frozenset()


STORM = [
    [
        "台风“海燕”正向东南沿海靠近。",
        "省防指当晚启动防台风Ⅳ级应急响应。",
        "台风中心目前位于海口东南方约300公里的海面上。",
    ],
    [
        "预计台风将以每小时15公里的速度向西北方向移动。",
        "沿海将出现3米到5米的巨浪。",
        "有关部门提醒渔船及时回港避风。",
    ],
]


def _scored(centrality: list[float]) -> Scored:
    """STORM read with each sentence's centrality to the article (one term the whole article shares)."""
    scored = zh_scored(STORM)
    rows = np.array(centrality, dtype=float).reshape(-1, 1)
    return replace(
        scored,
        sentence_vectors=SparseRows.from_dense(rows),
        paragraph_vectors=SparseRows.from_dense(np.ones((len(STORM), 1))),
    )


def test_an_uncited_decision_takes_the_place_of_the_least_central_bullet() -> None:
    scored = _scored([0.9, 0.8, 0.2, 0.7, 0.6, 0.5])
    drafts = [Draft(None, [0, 2]), Draft(1, [3, 4, 5])]
    chosen = [0, 2, 3, 4, 5]
    say_decisions(scored, drafts, chosen)
    assert drafts[0].picked == [0, 1]  # the lead's decision: the overview's point, for the position
    assert drafts[1].picked == [3, 4, 5]
    assert sorted(chosen) == [0, 1, 3, 4, 5]


def test_the_lead_point_stays_and_the_next_group_gives_way() -> None:
    scored = _scored([0.1, 0.8, 0.2, 0.7, 0.6, 0.5])
    drafts = [Draft(None, [0]), Draft(1, [2, 3]), Draft(2, [4, 5])]
    chosen = [0, 2, 3, 4, 5]
    say_decisions(scored, drafts, chosen)
    assert drafts[0].picked == [0]  # the overview's lead point, though the least central
    assert drafts[1].picked == [1, 3]  # its paragraph's group, in place of the position
    assert drafts[2].picked == [4, 5]


def test_a_decision_a_bullet_says_already_stays_out() -> None:
    scored = _scored([0.9, 0.8, 0.2, 0.7, 0.6, 0.5])
    scored.trimmed[2] = "省防指当晚启动防台风Ⅳ级应急响应。"  # the position bullet says it word for word
    drafts = [Draft(None, [0, 2]), Draft(1, [3, 4, 5])]
    say_decisions(scored, drafts, [0, 2, 3, 4, 5])
    assert drafts[0].picked == [0, 2]


def test_no_decision_in_an_english_brief() -> None:
    scored = replace(_scored([0.9, 0.8, 0.2, 0.7, 0.6, 0.5]), lang="en")
    drafts = [Draft(None, [0, 2]), Draft(1, [3, 4, 5])]
    say_decisions(scored, drafts, [0, 2, 3, 4, 5])
    assert drafts[0].picked == [0, 2]


def test_a_decision_restating_the_level_a_bullet_names_stays_out() -> None:
    scored = _scored([0.9, 0.8, 0.2, 0.7, 0.6, 0.5])
    scored.trimmed[0] = "受台风影响，防汛抗旱指挥部已于昨日针对沿海三市提前启动四级应急响应，要求各地加强值守。"
    drafts = [Draft(None, [0, 2]), Draft(1, [3, 4, 5])]
    say_decisions(scored, drafts, [0, 2, 3, 4, 5])
    assert drafts[0].picked == [0, 2]  # "……启动防台风Ⅳ级应急响应" decides no more than the lead's "四级"


TYPHOON = [
    [
        "台风“海燕”正向东南沿海靠近。",
        "气象台将台风预警升级为红色。",
        "省海洋预报台发布风暴潮黄色警报。",
        "自然资源部启动海洋灾害Ⅳ级应急响应。",
    ],
    [
        "台风中心目前位于海口东南方约300公里的海面上。",
        "预计台风将以每小时15公里的速度向西北方向移动，明天在沿海登陆。",
    ],
    [
        "预计沿海将出现3米到5米的巨浪到狂浪。",
        "风暴潮方面，沿海将出现50厘米的风暴增水。",
        "有关部门提醒渔船及时回港避风。",
    ],
]


def test_a_weather_items_sea_decisions_join_the_sea_group_not_the_track() -> None:
    scored = zh_scored(TYPHOON)
    rows = np.array([0.9, 0.8, 0.5, 0.5, 0.2, 0.7, 0.6, 0.4, 0.3], dtype=float).reshape(-1, 1)
    scored = replace(
        scored,
        sentence_vectors=SparseRows.from_dense(rows),
        paragraph_vectors=SparseRows.from_dense(np.ones((len(TYPHOON), 1))),
    )
    drafts = [Draft(None, [0, 1]), Draft(1, [4, 5]), Draft(2, [6, 7, 8])]
    chosen = [0, 1, 4, 5, 6, 7, 8]
    say_decisions(scored, drafts, chosen)
    assert drafts[1].picked == [4, 5]  # the storm's position and track keep their group
    assert drafts[2].picked == [2, 3, 6]  # the warning and the marine response beside the waves
    assert sorted(chosen) == [0, 1, 2, 3, 4, 5, 6]
