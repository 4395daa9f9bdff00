"""A Chinese sentence that calls a person by a bare noun ("大爷家", "该男子") the sentence before brought
in ("有位大爷") carries that sentence (`text/zh_bare_person.py`, `data/zh_bare_persons.tsv`, read by
`cited_points.carry_antecedent`)."""

from __future__ import annotations

import re

from citebrief.engines.cited_points import carry_antecedent
from citebrief.engines.scoring import score
from citebrief.ingest import document_from_text
from citebrief.text.data_files import data_lines
from citebrief.text.zh_bare_person import bare_person_before

_BROUGHT = "王磊介绍，去年冬天，曾有位老人拄着拐杖来到派出所，说孙子走失了。"
_BARE = "王磊立即带着老人沿河寻找，在桥下找到了孩子。"


def test_a_bare_noun_after_the_sentence_that_brought_the_person_in() -> None:
    assert bare_person_before(_BARE, _BROUGHT)
    assert bare_person_before("民警随后将该男子带回询问。", "当晚，一名32岁男子在商场内盗窃手机。")
    assert bare_person_before("最终找到女孩的家人。", "派出所接到一名9岁女孩报警。")
    # the sentence brings in a person of its own, and calls the one before bare: it still leans
    assert bare_person_before("他赶到老人家中，发现生病的是位大娘。", "有位老人前来求助。")


def test_no_lean_without_an_introduction_before_or_with_one_of_its_own() -> None:
    assert not bare_person_before(_BARE, "王磊在山区派出所工作已有二十年。")  # no 老人 brought in before
    assert not bare_person_before("这天又有一位老人来到派出所。", _BROUGHT)  # brings its own in
    assert not bare_person_before(_BARE, "这位老人今年已经八十岁。")  # 这位 points back in turn: not brought in
    assert not bare_person_before(_BARE, "一名民警和老人一起出发。")  # the measure word is the officer's


def test_the_nouns_are_bare_han_words() -> None:
    nouns = data_lines("zh_bare_persons.tsv")
    assert nouns and all(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", noun) for noun in nouns)
    assert len(set(nouns)) == len(nouns)


def test_the_bullet_carries_the_sentence_that_brought_the_person_in() -> None:
    opening, close = "今年42岁的王磊在山区派出所工作已有二十年。", "据了解，该派出所今年已帮助群众寻回走失人员30余人。"
    text = f"{opening}\n\n{_BROUGHT}{_BARE}\n\n{close}"
    scored = score(document_from_text(text, origin="t", kind="text"), {}, False)[0]
    i = next(k for k, unit in enumerate(scored.units) if unit.text == _BARE)
    assert carry_antecedent(scored, i, scored.trimmed[i], frozenset()) == _BROUGHT + _BARE
    # the brief saying the sentence before already: nothing to carry
    assert carry_antecedent(scored, i, scored.trimmed[i], frozenset({i - 1})) is None
