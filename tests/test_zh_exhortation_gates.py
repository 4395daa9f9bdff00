"""The quick tests in front of text/zh_exhortations.py's formula rows (issue #14, warm speed): each
needs a literal from every row, so the check is on, and a sentence let go by one gets the verdict
or cut the rows alone give it."""

from __future__ import annotations

import pytest

from citebrief.text import zh_exhortations
from citebrief.text.zh_exhortations import exhortation_only, without_asides

# short sentences of my own: formula alone, formula amid own clauses, a topic before "是", none
_SENTENCES = [
    "各单位要高度重视，加强组织领导，务求取得实效。",
    "请你们高度重视，认真组织，大力支持。",
    "读书是一个人成长的不竭动力，少年是读书的生力军。",
    "爱护河流，是每一个市民的具体行动。",
    "各区要加强组织领导，在年底前建成三座污水处理厂。",
    "全面贯彻会议精神，修缮东西两片的老旧小区共二十个，改造城南城北的背街小巷共十条，不断满足人民群众的出行需求。",
    "要深入贯彻会议精神，扩建城东公园。",
    "本市今年新建学校十所，新增学位一万个。",
    "我们将持续推进道路改造，下半年完成全部工程！",
    "一句没有句号的话",
]


def _rows_alone_exhortation(text: str) -> bool:
    """`exhortation_only` as the rows alone read it, no quick test."""
    sentence = text.strip()
    if not sentence.endswith(("。", "！")) or any(name in sentence for name in ("以下统称", "以下简称", "下称")):
        return False
    formula = zh_exhortations._formula_clause()
    clauses = zh_exhortations._CLAUSE_END.split(sentence[:-1])
    if len(clauses) > 1 and clauses[1].startswith(("是", "也是")) and not formula.fullmatch(clauses[0]):
        clauses = [clauses[0] + clauses[1], *clauses[2:]]
    return all(formula.fullmatch(c) for c in clauses)


def test_every_row_needs_a_literal() -> None:
    assert zh_exhortations._formula_gate() is not None
    assert zh_exhortations._aside_gate() is not None


@pytest.mark.parametrize("text", _SENTENCES)
def test_the_gate_keeps_the_rows_verdict(text: str) -> None:
    assert exhortation_only(text) == _rows_alone_exhortation(text)


def test_the_gates_let_go_only_what_holds_no_formula() -> None:
    assert [exhortation_only(t) for t in _SENTENCES[:4]] == [True, True, True, True]
    assert not any(exhortation_only(t) for t in _SENTENCES[4:])
    assert without_asides(_SENTENCES[5]) == "修缮东西两片的老旧小区共二十个，改造城南城北的背街小巷共十条。"
    assert without_asides(_SENTENCES[7]) == _SENTENCES[7]
