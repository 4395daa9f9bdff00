"""A bare place or body overview title takes the act the first sentence writes right after it
as a clause's subject (`zh_overview_act.lead_act`)."""

from __future__ import annotations

from citebrief.text.data_files import data_lines
from citebrief.text.zh_overview_act import lead_act


def test_body_takes_its_act_dropping_the_manner_adverb() -> None:
    used = {"东湖市花卉协会"}
    first = "3日上午，东湖市花卉协会首届会员大会召开，东湖市花卉协会正式成立。"
    assert lead_act("东湖市花卉协会", first, used) == "东湖市花卉协会成立"
    assert used == {"东湖市花卉协会成立"}


def test_place_takes_verb_and_object_to_the_clause_end() -> None:
    first = "近日，西岭镇中心小学恢复教学，学生陆续返校。"
    assert lead_act("西岭镇中心小学", first, set()) == "西岭镇中心小学恢复教学"


def test_stays_where_the_name_does_not_act() -> None:
    assert lead_act("西岭镇中心小学", "西岭镇中心小学是全县最大的学校。", set()) == "西岭镇中心小学"  # light verb
    assert lead_act("东湖医院", "东湖医院始建于1987年。", set()) == "东湖医院"  # the clause goes on
    assert lead_act("苹果示范园", "记者在南山村苹果示范园看到，村民正在修路。", set()) == "苹果示范园"  # no subject
    assert lead_act("苹果产业", "苹果产业迎来丰收。", set()) == "苹果产业"  # not a place or body


def test_stays_where_the_whole_is_too_long() -> None:
    first = "东湖市花卉协会正式发布花卉产业发展规划。"
    assert lead_act("东湖市花卉协会", first, set()) == "东湖市花卉协会"


def test_table_rows_are_bare_endings() -> None:
    rows = data_lines("zh_acting_bodies.tsv")
    assert rows and all(row and "\t" not in row and " " not in row for row in rows)
