"""The last of a "有的……；有的……；……等。" run of examples is no bullet alone: the whole list is."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_example_lists import as_bullet, closes_example_list
from citebrief.ingest import document_from_text
from conftest import shared_article

EXAMPLES = [
    "近年来工作取得进展。",
    "但有关单位还存在各类问题，有的部门没有及时修订制度；",
    "有的经费仍然由相关机构管理；",
    "人员流动还受到相关规定的约束等。",
]


def test_the_last_clause_of_a_run_of_examples_closes_it() -> None:
    paragraphs = [1] * len(EXAMPLES)
    assert closes_example_list(EXAMPLES, paragraphs, 3)
    assert not closes_example_list(EXAMPLES, paragraphs, 2)  # an item ending on "；"
    assert not closes_example_list(EXAMPLES, paragraphs, 0)


@pytest.mark.parametrize(
    ("texts", "paragraphs", "why"),
    [
        (["各地区要加强组织领导；", "各部门要加强督查。"], [1, 1], "no example before"),
        (["有的部门没有及时修订制度；", "人员流动还受到约束。"], [1, 2], "another paragraph"),
        (["有的部门没有及时修订制度。", "人员流动还受到约束。"], [1, 1], "a sentence of its own before"),
    ],
)
def test_other_runs_are_no_list_of_examples(texts: list[str], paragraphs: list[int], why: str) -> None:
    assert not closes_example_list(texts, paragraphs, 1), why


def test_the_list_said_whole_loses_its_turn_word() -> None:
    assert as_bullet("但有关单位还存在各类问题，有的部门没有及时修订制度；有的经费仍然由相关机构管理。") == (
        "有关单位还存在各类问题，有的部门没有及时修订制度；有的经费仍然由相关机构管理。"
    )
    assert as_bullet("但这些问题，有的部门没有及时修订；有的经费仍然由相关机构管理。") is None  # "这些" leans on before


def test_zh_policy_34_says_its_problems_with_their_lead_in() -> None:
    document = document_from_text(shared_article("zh-policy.jsonl", 34), origin="zh-policy-34", kind="text")
    overview = [point.text for point in draft_extractive(document).groups[0].points]
    assert "科技成果转化、薪酬激励、人员流动还受到相关规定的约束等。" not in overview
    assert any(text.startswith("在有关政策落实过程中还不同程度存在各类问题，有的") for text in overview)
