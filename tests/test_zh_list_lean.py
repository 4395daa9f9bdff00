"""A Chinese sentence opening, no subject before it, on the parts of what the sentence before names
("主要包括……；……") carries that sentence (`text.zh_list_lean`, `cited_points.carry_antecedent`):
zh-news 122's list of banned fee practices says what it lists the parts of."""

from __future__ import annotations

import pytest

from citebrief.engines.cited_points import carry_antecedent
from citebrief.engines.scoring import score
from citebrief.ingest import document_from_text
from citebrief.text.zh_list_lean import opens_on_list


@pytest.mark.parametrize(
    "text",
    [
        "主要包括未按规定公示收费项目；收取未经公示的费用。",  # 包括, with 主要
        "具体包括占用消防通道、堵塞安全出口等行为。",  # 包括, with 具体
        "包括擅自提高收费标准、扩大收费范围等。",  # 包括 alone
        "主要有三类问题：虚假宣传、价格欺诈和捆绑销售。",  # 有, with 主要
        "具体有以下几种情形。",  # 有, with 具体
        "分别是城区、开发区和高新区。",  # 分别是
        "分别为一等奖三名、二等奖五名。",  # 分别为
    ],
)
def test_a_sentence_opening_on_a_list_of_parts(text: str) -> None:
    assert opens_on_list(text)


@pytest.mark.parametrize(
    "text",
    [
        "包括张明在内，每一位志愿者都值得点赞。",  # "包括……在内，": an aside, the clause has its own subject
        "检查内容主要包括收费公示和代收费。",  # its own subject
        "有关部门分别是怎样处理的？",  # 分别 after a subject
        "主要原因是天气变化。",  # no list opener
    ],
)
def test_a_sentence_that_names_its_own_subject(text: str) -> None:
    assert not opens_on_list(text)


_CHECKED = "此次重点查处未按规定公示收费项目的行为，以及业主反映强烈的其他问题。"
_LIST = "主要包括未在小区显著位置公示收费项目；收取未经公示的费用。"
_OTHER = "物业公司的服务质量也有所提升。"


def _carried(text: str, listed: str) -> str | None:
    scored = score(document_from_text(text, origin="t", kind="text"), {}, False)[0]
    i = next(k for k, unit in enumerate(scored.units) if unit.text.startswith(listed))
    return carry_antecedent(scored, i, scored.trimmed[i], frozenset())


def test_a_list_carries_what_it_lists_the_parts_of() -> None:
    """The sentence before opens on the story's own 此次: what the list leans on is what it names."""
    text = f"本市开展物业收费专项检查。{_CHECKED}{_LIST}\n今年以来，全市共查处物业收费案件十五件。"
    assert _carried(text, "主要包括") == _CHECKED + "主要包括未在小区显著位置公示收费项目"


def test_a_list_opening_a_paragraph_carries_the_paragraph_before_s_last() -> None:
    """A bench's cut of one block into paragraphs may fall between the two (`paragraph_breaks`)."""
    text = f"本市开展物业收费专项检查。{_CHECKED}\n{_LIST}\n今年以来，全市共查处物业收费案件十五件。"
    assert _carried(text, "主要包括") == _CHECKED + "主要包括未在小区显著位置公示收费项目"


def test_a_sentence_with_its_own_subject_carries_nothing() -> None:
    text = f"本市开展物业收费专项检查。{_CHECKED}{_OTHER}\n今年以来，全市共查处物业收费案件十五件。"
    assert _carried(text, _OTHER) is None
