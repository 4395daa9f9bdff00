"""A Chinese news bullet that only praises its subject gives way to a figure or a named measure of
its group's paragraphs (engines/zh_praise_swaps.py, its table text/data/zh_praise_predicates.tsv,
called last from engines/final_groups.py): on text written for these tests and on zh-news 64."""

from __future__ import annotations

import re

import pytest

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_praise_swaps import MAX_CHARS, PREDICATES, names_measure, praise_swapped, praises
from citebrief.text.data_files import rows_by_kind
from conftest import shared_groups
from scored_builder import zh_scored


def test_the_table_holds_patterns_of_two_kinds() -> None:
    rows = rows_by_kind(PREDICATES)
    assert set(rows) == {"praise", "measure"}
    for row in (*rows["praise"], *rows["measure"]):
        re.compile(row)  # each row is a pattern


_LONG = "该项目" + "在生态修复、水土保持、农田改造、道路建设和村容整治等多方面" * 3


@pytest.mark.parametrize(
    "text",
    [
        "桥梁作为交通建设的璀璨明珠，是衡量一座城市发展水平的重要标志之一。",
        "茶叶是本地饮食文化的重要元素。",
        "此次论坛的举办对推动区域协作具有重要意义。",
        "古村落是乡村振兴的缩影。",
        "该项目在生态修复中发挥重要作用。",
    ],
)
def test_praise_alone(text: str) -> None:
    assert praises(text)


@pytest.mark.parametrize(
    "text",
    [
        "茶叶是本地饮食文化的重要元素，全县茶园面积达12万亩。",  # a figure: something to use
        "此次论坛围绕区域协作展开讨论，与会代表交流了经验做法。",  # no praise
        _LONG + "发挥重要作用。",  # long: more than praise
    ],
)
def test_not_praise_alone(text: str) -> None:
    assert not praises(text)


def test_a_long_bullet_says_more_than_its_praise() -> None:
    assert len(_LONG) > MAX_CHARS


def test_a_named_measure_or_distinction() -> None:
    assert names_measure("临川县制定出台了《茶产业扶持办法》，鼓励企业走出去。")
    assert not names_measure("该县制定出台了《茶产业扶持办法》，鼓励企业走出去。")  # "该县": the one before
    assert names_measure("2020年，临川县获评“中国名茶之乡”称号。")
    assert not names_measure("该县茶产业发展势头良好，品牌影响力不断扩大。")
    assert not names_measure("“去年获评“中国名茶之乡”称号后，游客多了。”")  # a quotation's words, no speaker


def _scored(texts: list[tuple[int, str]]) -> Scored:
    """The sentences, each with its paragraph number, as `scored_builder.zh_scored` reads them."""
    paragraphs: list[list[str]] = []
    for paragraph, text in texts:
        while len(paragraphs) < paragraph:
            paragraphs.append([])
        paragraphs[paragraph - 1].append(text)
    return zh_scored(paragraphs)


_TEXTS = [
    (1, "连日来，省城一家主营本县名茶的茶馆持续火爆。"),
    (1, "茶叶是本地饮食文化的重要元素。"),
    (1, "2020年，临川县获评“中国名茶之乡”称号。"),
    (2, "数据显示，全县茶农3.2万户，茶园面积12万亩。"),
    (2, "据了解，今年以来全县新开设茶叶门店150余家。"),
    (3, "近一年来，全县茶产业产值超20亿元。"),
]


def test_praise_gives_way_to_a_figure_of_its_group_first() -> None:
    drafts = [Draft(None, [0], "名茶"), Draft(1, [1, 3], "茶产业"), Draft(2, [5], "产值")]
    chosen = [0, 1, 3, 5]
    praise_swapped(_scored(_TEXTS), drafts, chosen)
    assert drafts[1].picked == [3, 4]  # a figure of the group's paragraphs, not 2020's title
    assert sorted(chosen) == [0, 3, 4, 5]


def test_without_a_figure_a_named_distinction_and_without_either_it_stays() -> None:
    texts = [*_TEXTS[:3], (2, "全县茶产业发展势头良好。")]
    drafts = [Draft(None, [0, 1], "名茶"), Draft(1, [3], "茶产业")]
    praise_swapped(_scored(texts), drafts, [0, 1, 3])
    assert drafts[0].picked == [0, 2]
    alone = [Draft(None, [0, 1], "名茶")]
    praise_swapped(_scored([*_TEXTS[:2], (2, "全县茶产业发展势头良好。")]), alone, [0, 1])
    assert alone[0].picked == [0, 1]


def test_an_overview_bullet_that_alone_says_its_title_stays() -> None:
    drafts = [Draft(None, [0, 1], "核心要点：饮食文化"), Draft(1, [3], "茶产业")]
    praise_swapped(_scored(_TEXTS), drafts, [0, 1, 3])
    assert drafts[0].picked == [0, 1]


def test_a_figure_a_bullet_already_states_is_no_stand_in() -> None:
    texts = [*_TEXTS[:2], (1, "据统计，临川县茶园面积12万亩。"), (2, "数据显示，全县茶农3.2万户，茶园面积12万亩。")]
    drafts = [Draft(None, [0, 1], "名茶"), Draft(1, [3], "茶产业")]
    praise_swapped(_scored(texts), drafts, [0, 1, 3])
    assert drafts[0].picked == [0, 1]


def test_the_food_overview_says_the_county_s_title_not_the_praise() -> None:
    overview = shared_groups("zh-news.jsonl", 64)[0]
    assert not any("重要元素" in text for text in overview), overview
    assert any("获评" in text for text in overview), overview


def test_a_single_digit_or_a_year_tells_no_repeat() -> None:
    texts = [
        *_TEXTS[:2],
        (1, "2020年，临川县4个茶园通过认证，认证面积达3600亩。"),
        (2, "2020年，全县连续4天举办茶博会。"),
    ]
    drafts = [Draft(None, [0, 1], "名茶"), Draft(1, [3], "茶博会")]
    praise_swapped(_scored(texts), drafts, [0, 1, 3])
    assert drafts[0].picked == [0, 2]  # 2020 and 4 are two facts' figures; 3600 is its own


def test_the_donor_s_sentiment_gives_way_to_what_was_collected() -> None:
    bullets = [text for group in shared_groups("zh-news.jsonl", 66) for text in group]
    assert any("185毫升" in text for text in bullets), bullets
    assert not any("很有意义" in text for text in bullets), bullets


def test_a_sentence_a_bullet_carries_as_its_antecedent_is_no_stand_in() -> None:
    bullets = [text for group in shared_groups("zh-news.jsonl", 56) for text in group]
    # "他是在新生入学典礼上……" says the sentence before it ("……第10位造血干细胞捐献者。"): taken as
    # uncited, it would stand in for the student's words and split his bullet in two
    assert not any(text.startswith("他是在新生入学典礼上") for text in bullets), bullets
    assert any("特别有意义" in text for text in bullets), bullets
