"""A Chinese news group's bullet that states nothing specific gives way to its paragraph's sentence
stating the terms of the service or rule (engines/zh_stated_terms.py, last of
engines/zh_news_groups.py): on text written for these tests."""

from __future__ import annotations

import pytest

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_stated_terms import states_terms, terms_given
from scored_builder import zh_scored


@pytest.mark.parametrize(
    "text",
    [
        "每户每月最多可申领2张乘车卡。",  # a frequency and a limit
        "游客须提前3天预约，每次限带2名同伴。",  # a notice period and a limit
        "身高1.2米以下儿童和65周岁以上老人免票入园。",  # exemptions by height and age
    ],
)
def test_terms(text: str) -> None:
    assert states_terms(text)


@pytest.mark.parametrize(
    "text",
    [
        "图书馆每天开放时间为9:00-21:00。",  # one cue: an opening time
        "每人每天都可以来这里散步。",  # no figure
        "新馆的海豚胃口很好，精神状态不错。",  # colour
    ],
)
def test_no_terms(text: str) -> None:
    assert not states_terms(text)


def _scored() -> Scored:
    return zh_scored(
        [
            ["城东游泳馆将于下月重新开放。", "馆内的水滑梯刷成了蓝色，十分漂亮。"],
            [
                "为提升服务质量，游泳馆将实行预约入场。",
                "预约成功后，市民可按时前往游泳馆，刷身份证入场。",
                "每人每天限约一次，每次最多预约3人。",
            ],
        ],
        with_kinds=True,
    )


def test_a_bullet_saying_nothing_specific_gives_way_to_its_paragraph_s_terms() -> None:
    scored = _scored()
    drafts = [Draft(None, [0, 1], "游泳馆"), Draft(1, [2, 3], "预约入场")]
    chosen = [0, 1, 2, 3]
    terms_given(scored, drafts, chosen)
    assert drafts[1].picked == [2, 4]
    assert sorted(chosen) == [0, 1, 2, 4]
    assert drafts[0].picked == [0, 1]  # the overview is left alone


def test_a_group_s_first_bullet_stays() -> None:
    scored = _scored()
    drafts = [Draft(None, [0, 1], "游泳馆"), Draft(1, [3], "预约入场")]
    terms_given(scored, drafts, [0, 1, 3])
    assert drafts[1].picked == [3]
