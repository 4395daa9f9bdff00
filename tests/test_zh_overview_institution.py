"""A Chinese news overview on the institution every passage names, where its subject is an aspect
one passage says (`zh_overview_institution.whole_institution`): "迪庆州藏医院", not "传统藏医特色"."""

from __future__ import annotations

from citebrief.text.zh_overview_institution import whole_institution
from conftest import shared_group_titles

TEXTS = [
    "采访团来到了迪庆州藏医院，这里有独具特色的传统藏医特色治疗方法。",
    "迪庆州藏医院始建于1987年，是一家民族医医院。",
    "迪庆州藏医院的藏医诊法在医疗活动中得到了运用。",
    "长期以来，迪庆州藏医院为广大患者解除了病痛。",
]


def test_the_institution_every_passage_names_is_the_subject_the_longest_name() -> None:
    used = {"传统藏医特色"}
    assert whole_institution("传统藏医特色", TEXTS[:2], TEXTS, used) == "迪庆州藏医院"
    assert used == {"传统藏医特色"}


def test_the_subject_stands_where_a_passage_lacks_the_name_or_the_subject_is_said_again() -> None:
    assert whole_institution("传统藏医特色", TEXTS, [*TEXTS, "记者随后前往香格里拉。"], set()) == ""
    again = [*TEXTS[:3], TEXTS[3] + "传统藏医特色疗法受到欢迎。"]
    assert whole_institution("传统藏医特色", TEXTS, again, set()) == ""
    assert whole_institution("传统藏医特色", TEXTS[:2], TEXTS[:2], set()) == ""  # two passages: too few
    assert whole_institution("传统藏医特色", ["藏医院"], TEXTS, set()) == ""  # no bullet says the name


def test_a_shared_news_visit_to_a_hospital_is_titled_by_the_hospital() -> None:
    assert shared_group_titles("zh-news.jsonl", 5)[0] == "核心要点：迪庆州藏医院"
