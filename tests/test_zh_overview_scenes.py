"""A Chinese feature's overview keeps one scene-setting sentence and gives its other scene points to
sentences that carry the article's specifics (engines/zh_overview_scenes.py); the invented
sentences are written for these tests, the shared articles read from the shared data."""

from __future__ import annotations

from dataclasses import replace

import pytest

from citebrief.engines.scored import Draft
from citebrief.engines.zh_overview_scenes import facts_for_scenes, scene_setting
from conftest import shared_groups
from scored_builder import zh_scored

_ARTICLE = [
    ["到了冬天，人们似乎总想吃点热乎的东西暖暖身子。", "若是天气再冷一些，大家往往更愿意待在家里做饭。"],
    ["不过偶尔换换口味也不错，不妨出门去餐厅里坐一坐尝一尝。"],
    ["城东新开的山景酒店推出了一套冬季火锅菜单，共有十二道菜。", "汤底选用本地的老母鸡，慢火熬制8个小时。"],
]


def _feature() -> Draft:
    return Draft(None, [0, 1, 2])


def test_the_second_scene_gives_way_to_the_sentence_that_names_a_venue() -> None:
    scored = replace(zh_scored(_ARTICLE), passages=True)
    chosen = [0, 1, 2]
    got = facts_for_scenes(scored, [_feature(), Draft(1, [4])], chosen)
    # the first scene stays, the writer's way in; the third is a suggestion to the reader, the
    # article's premise, and stays too
    assert got[0].picked == [0, 3, 2]
    assert 3 in chosen and 1 not in chosen


def test_a_later_scene_gives_way_to_the_venue_and_the_suggestion_stays() -> None:
    scored = replace(zh_scored(_ARTICLE), passages=True)
    got = facts_for_scenes(scored, [_feature()], [0, 1, 2])
    assert got[0].picked == [0, 3, 2]


def test_a_brief_cut_into_paragraphs_is_left_alone() -> None:
    got = facts_for_scenes(zh_scored(_ARTICLE), [_feature()], [0, 1, 2])
    assert got[0].picked == [0, 1, 2]


@pytest.mark.parametrize(
    "text",
    [
        "到了冬天，人们似乎总想吃点热乎的东西。",  # 似乎, 人们, 总是 cue rows
        "天冷的时候往往没有胃口。",
        "年轻人总是喜欢新鲜的东西。",
        "大家都知道冬天要多喝热汤。",
        "若是天气再冷一些就待在家里。",
        "真要把热爱变成职业并不容易。",
        "很多教练都会留心学员的饮食。",
    ],
)
def test_each_cue_makes_a_general_sentence_scene_setting(text: str) -> None:
    assert scene_setting(text)


@pytest.mark.parametrize(
    "text",
    [
        "到了冬天，人们似乎总想吃12道菜。",  # a figure
        "日本经济新闻报道称，该业务似乎长期亏损。",  # someone reports it
        "城东的公司似乎总在冬天招人。",  # a body
        "冬天到了，天气越来越冷。",  # no cue
        "不妨出门去餐厅里坐一坐。",  # a suggestion: the premise the article goes on to (zh-clts 3)
    ],
)
def test_a_sentence_with_a_specific_a_report_or_no_cue_is_no_scene(text: str) -> None:
    assert not scene_setting(text)


def test_the_spring_dishes_overview_keeps_its_premise_the_suggestion() -> None:
    # a blind reader preferred '…不妨去酒店餐厅看一看' (the hotel roundup's premise) to a hotel
    # sentence whose dish the brief gives three groups on
    overview = shared_groups("zh-clts.jsonl", 3)[0]
    assert any("不妨去酒店餐厅看一看" in b for b in overview)
    assert not any("茂悦大酒店" in b for b in overview)


def test_the_fitness_overview_gives_its_second_generality_to_the_nutritionist() -> None:
    overview = shared_groups("zh-clts.jsonl", 6)[0]
    assert not any(b.startswith("很多健身教练") for b in overview)
    assert any(b.startswith("MikeIsraetel") for b in overview)
