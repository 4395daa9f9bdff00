"""zh_clause_title: a title that is a clause's people and their act, cut from after a preposition
("职工传授专业知识" of 向青年职工传授专业知识), is given as the act on its object ("传授专业知识")."""

from __future__ import annotations

from tests.conftest import shared_group_titles

from citebrief.text.zh_clause_title import clause_act

_TEACHING = ["他还用亲身经历主动向青年职工传授专业知识，在他的言传身教下，多名徒弟取得优异成绩。"]
_RESCUE = ["兴山县组织应急救援人员乘船前往咸水村，与村组干部联系核查灾情、开展应急救援。"]


def test_the_act_after_the_people_titles_the_group() -> None:
    assert clause_act("职工传授专业知识", _TEACHING, _TEACHING, set()) == "传授专业知识"


def test_of_two_acts_run_together_the_one_on_the_object() -> None:
    assert clause_act("干部联系核查灾情", _RESCUE, _RESCUE, set()) == "核查灾情"


def test_people_that_open_no_clause_keep_the_title() -> None:
    said = ["全市职工传授专业知识的热情很高。"]  # no preposition before the people
    assert clause_act("职工传授专业知识", said, said, set()) == "职工传授专业知识"


def test_a_title_of_a_thing_stays() -> None:
    assert clause_act("教师培训", _TEACHING, _TEACHING, set()) == "教师培训"  # two words: no clause
    assert clause_act("专业知识", _TEACHING, _TEACHING, set()) == "专业知识"  # no people in front


def test_an_act_a_title_holds_already_stays() -> None:
    assert clause_act("职工传授专业知识", _TEACHING, _TEACHING, {"传授专业知识"}) == "职工传授专业知识"


def test_an_act_the_paragraphs_do_not_write_stays() -> None:
    assert clause_act("职工传授专业知识", _TEACHING, ["王国柱带领着30多位听诊专家。"], set()) == "职工传授专业知识"


def test_zh_news_clause_titles() -> None:
    teaching = shared_group_titles("zh-news.jsonl", 120)  # 乔司检修车间: the wheel inspector's method and apprentices
    assert "传授专业知识" in teaching[1:] and "职工传授专业知识" not in teaching
    rescue = shared_group_titles("zh-news.jsonl", 45)  # 兴山县 咸水村: evacuation and the rescuers' checks
    assert "核查灾情" in rescue[1:] and "干部联系核查灾情" not in rescue
