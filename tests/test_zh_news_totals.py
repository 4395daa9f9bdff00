"""A Chinese news item's headline totals (`engines/zh_news_totals.py`): an uncited total joins the
group citing its paragraph, in place of a bullet stating nothing specific only where that group is
full; a figure is never dropped."""

from __future__ import annotations

import pytest

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_news_totals import add_news_totals, headline_total
from scored_builder import zh_scored

TOTAL = "经查证，2020年以来，该团伙共非法开采河砂7万余吨，涉案价值500余万元。"


def _scored(paragraphs: list[list[str]]) -> Scored:
    """Earlier sentences weigh more, as the lead does; each sentence's specifics are read."""
    return zh_scored(paragraphs, falling=True, with_kinds=True)


CASE = [
    ["15日，省公安厅召开新闻通气会，披露了湘江系列非法采砂案的案情。", "警方在工作中发现有人结伙盗采河砂。"],
    [
        "2023年2月中旬，市公安局出动警力86人展开收网抓捕行动。",
        "当日，六地11个抓捕小组同时行动，抓获团伙成员11名。",
        "团伙成员分工明确，作案手段隐蔽。",
        TOTAL,
    ],
]


def test_an_uncited_total_joins_the_group_citing_its_paragraph() -> None:
    scored = _scored(CASE)
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3])]
    chosen = [0, 1, 2, 3]
    add_news_totals(scored, drafts, chosen)
    assert drafts[1].picked == [2, 3, 5]
    assert sorted(chosen) == [0, 1, 2, 3, 5]


def test_a_full_group_gives_up_its_plain_bullet_never_a_figure() -> None:
    paragraphs = [CASE[0], ["警方扣押涉案船只4艘、河砂3000余吨。", *CASE[1]]]
    scored = _scored(paragraphs)
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3, 4, 5])]  # four bullets: the group is full
    chosen = [0, 1, 2, 3, 4, 5]
    add_news_totals(scored, drafts, chosen)
    assert drafts[1].picked == [2, 3, 4, 6]  # "团伙成员分工明确……" said nothing specific
    assert sorted(chosen) == [0, 1, 2, 3, 4, 6]


def test_no_total_where_the_group_has_nothing_plain_to_give() -> None:
    paragraphs = [CASE[0], [*CASE[1][:2], "警方扣押涉案船只4艘、河砂3000余吨。", TOTAL]]
    scored = _scored(paragraphs)
    drafts = [Draft(None, [0]), Draft(1, [1, 2, 3, 4])]
    add_news_totals(scored, drafts, [0, 1, 2, 3, 4])
    assert drafts[1].picked == [1, 2, 3, 4]


def test_a_total_leaning_on_the_sentence_before_stays_out() -> None:
    paragraphs = [CASE[0], [*CASE[1][:3], "其中，共侦办涉生态环境犯罪案件9700余起。"]]
    scored = _scored(paragraphs)
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3])]
    add_news_totals(scored, drafts, [0, 1, 2, 3])
    assert drafts[1].picked == [2, 3]


def test_a_total_that_goes_on_from_its_bullet_extends_it() -> None:
    scored = _scored(
        [CASE[0], ["规定按照精神奖励为主的原则，设三个奖励等级。", "其中，个人最高奖励3万元、单位最高奖励5万元。"]]
    )
    scored.trimmed[3] = scored.trimmed[2] + scored.trimmed[3]  # the engine reads it with the one it leans on
    drafts = [Draft(None, [0, 2]), Draft(1, [1])]
    chosen = [0, 2, 1]
    add_news_totals(scored, drafts, chosen)
    assert drafts[0].picked == [0, 3]
    assert sorted(chosen) == [0, 1, 3]


def test_a_sentence_carrying_a_total_is_no_total_of_its_own() -> None:
    paragraphs = [CASE[0], ["每年累计赔付金额最高100万元。", "这项保障默认开通，无需额外付费。"]]
    scored = _scored(paragraphs)
    scored.trimmed[3] = scored.trimmed[2] + scored.trimmed[3]
    drafts = [Draft(None, [0, 2]), Draft(1, [1])]
    add_news_totals(scored, drafts, [0, 2, 1])
    assert drafts[0].picked == [0, 2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TOTAL, True),
        ("上海公安机关累计侦破食品领域刑事案件260余起，涉案金额2.9亿余元。", True),
        ("此次灾害共造成死亡、失联人员27名。", True),
        ("个人最高奖励金额3万元、单位最高奖励5万元。", True),
        ("山东省纪委监委公开曝光4起典型案例，共3起涉及河道。", False),  # a detail's count
        ("该乡辖10个行政村，白沙河横穿而过。", False),  # a count, no total
        ("共有2020年以来的记录。", False),  # a year is no count
        ("谱写构建人类命运共同体的青春新篇，第31届大运会7月28日开幕。", False),  # "共同体" is no total
        ("公共服务中心提供28个岗位。", False),
    ],
)
def test_headline_total(text: str, expected: bool) -> None:
    assert headline_total(text) is expected
