"""A case's outcome takes the place of a second bullet on the same wrongdoing
(engines/zh_case_outcomes.py, its table text/data/zh_case_outcomes.tsv, called from
engines/final_groups.py): on text written for these tests and on zh-news 23, 94 and 134."""

from __future__ import annotations

import re

import pytest

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_case_outcomes import OUTCOMES, outcomes_given, states_outcome
from citebrief.text.data_files import rows_by_kind
from conftest import shared_groups
from scored_builder import zh_scored

_ROWS = {
    "受到[^。；]{0,20}处分": "2022年7月，张某某受到开除党籍、开除公职处分。",
    "开除党籍|开除公职|政务撤职|撤销党内职务": "张某某被开除党籍。",
    "判处[^。；]{0,30}(?:有期徒刑|无期徒刑|死刑|拘役|管制|罚金)": "法院以受贿罪判处被告人张某有期徒刑十年。",
    "移送(?:审查起诉|检察机关|司法机关|起诉)": "该案日前已移送审查起诉。",
    "作出[^。；]{0,12}罚款[^。；]{0,16}处罚": "市场监管局依法对当事人作出罚款6万元的行政处罚。",
}


def test_each_row_of_the_table_is_a_pattern_with_an_example() -> None:
    rows = rows_by_kind(OUTCOMES)
    assert set(rows) == {"outcome"}
    assert set(rows["outcome"]) == set(_ROWS)
    for row, example in _ROWS.items():
        assert re.search(row, example), row


@pytest.mark.parametrize("text", _ROWS.values())
def test_an_outcome(text: str) -> None:
    assert states_outcome(text)


@pytest.mark.parametrize(
    "text",
    [
        "张某利用职务便利，为他人谋取利益，非法收受财物。",
        "对落实不力的单位依法依规严肃处理。",
        "警方共抓获犯罪嫌疑人23人。",
    ],
)
def test_no_outcome(text: str) -> None:
    assert not states_outcome(text)


def _scored(texts: list[tuple[int, str]]) -> Scored:
    paragraphs: list[list[str]] = []
    for paragraph, text in texts:
        while len(paragraphs) < paragraph:
            paragraphs.append([])
        paragraphs[paragraph - 1].append(text)
    return zh_scored(paragraphs)


_TEXTS = [
    (1, "近日，省纪委监委公开曝光2起典型案例。"),
    (2, "县水利局干部张某某利用工程项目谋取私利问题。"),
    (2, "在工程项目承揽中，水利局未履行审核把关职责，致使多家公司违规中标。"),
    (2, "张某某作为局长，对以上问题负主要领导责任。"),
    (2, "2023年3月，张某某受到党内警告处分。"),
    (3, "县财政局科长李某某履行监管职责不力问题。"),
]


def test_the_outcome_takes_the_place_of_the_bullet_that_leaves_the_person_out() -> None:
    drafts = [Draft(None, [0], "典型案例"), Draft(1, [2, 3], "张某某")]
    chosen = [0, 2, 3]
    outcomes_given(_scored(_TEXTS), drafts, chosen)
    assert drafts[1].picked == [3, 4]  # "张某某作为局长，……" stays: it names whom the penalty is of
    assert sorted(chosen) == [0, 3, 4]


def test_a_group_that_states_an_outcome_or_has_one_bullet_stays() -> None:
    drafts = [Draft(None, [0], "典型案例"), Draft(1, [3, 4], "张某某")]
    outcomes_given(_scored([*_TEXTS, (2, "张某某同时被开除公职。")]), drafts, [0, 3, 4])
    assert drafts[1].picked == [3, 4]
    single = [Draft(None, [0], "典型案例"), Draft(1, [3], "张某某")]
    outcomes_given(_scored(_TEXTS), single, [0, 3])
    assert single[1].picked == [3]


def test_an_outcome_of_someone_the_group_never_names_stays_out() -> None:
    texts = [*_TEXTS[:4], (2, "2023年3月，王某某受到党内警告处分。")]
    drafts = [Draft(None, [0], "典型案例"), Draft(1, [2, 3], "张某某")]
    outcomes_given(_scored(texts), drafts, [0, 2, 3])
    assert drafts[1].picked == [2, 3]


def test_an_outcome_another_group_s_paragraph_holds_stays_out() -> None:
    texts = [*_TEXTS[:4], (3, "2023年3月，张某某受到党内警告处分。"), (3, "县财政局科长李某某履行监管职责不力问题。")]
    drafts = [Draft(None, [0], "典型案例"), Draft(1, [2, 3], "张某某"), Draft(2, [5], "李某某")]
    outcomes_given(_scored(texts), drafts, [0, 2, 3, 5])
    assert drafts[1].picked == [2, 3]


def _outcomes(groups: list[list[str]]) -> list[bool]:
    return [any(states_outcome(text) for text in group) for group in groups]


def test_each_case_of_the_discipline_report_gives_its_penalty() -> None:
    groups = shared_groups("zh-news.jsonl", 94)
    assert _outcomes(groups)[1:] == [True] * 4, groups
    names = ("孙卫东", "孙丙柱", "李欣", "王健")
    for name, group in zip(names, groups[1:], strict=True):
        assert sum(name in text for text in group) >= 2, group  # the wrongdoing and the penalty


def test_the_third_advertiser_s_fine_and_the_sand_case_s_transfer() -> None:
    assert all(_outcomes(shared_groups("zh-news.jsonl", 134))[1:])
    bullets = [text for group in shared_groups("zh-news.jsonl", 23) for text in group]
    assert any("移送审查起诉" in text for text in bullets), bullets
