"""zh_crowd_act: a news group titled by who ("全国中小学教师") takes what most of its bullets say
is done for them, as its paragraphs write the two together ("中小学教师培训")."""

from __future__ import annotations

from tests.conftest import shared_group_titles

from citebrief.text.zh_crowd_act import crowd_act

_BULLETS = [
    "本次培训在课程设计上，兼顾科学研究与科学教育学习。",
    "通过国家智慧教育平台教师研修专栏对全国中小学教师、校长和科技辅导员等开放。",
    "2023年培训北京会场由北京师范大学承办。",
]
_TEXTS = [*_BULLETS, "教育部、中国科学院共同组织实施中小学教师培训活动。"]


def test_the_crowd_with_the_act_most_bullets_say() -> None:
    assert crowd_act("全国中小学教师", _BULLETS, _TEXTS, set()) == "中小学教师培训"


def test_no_paragraph_writing_them_together_keeps_the_title() -> None:
    assert crowd_act("全国中小学教师", _BULLETS, _BULLETS, set()) == "全国中小学教师"


def test_an_act_one_bullet_says_is_not_the_groups() -> None:
    assert crowd_act("全国中小学教师", [*_BULLETS[1:2], "开班仪式在北京举行。"], _TEXTS, set()) == "全国中小学教师"


def test_a_title_of_no_people_stays() -> None:
    assert crowd_act("科学教育", _BULLETS, _TEXTS, set()) == "科学教育"


def test_a_phrase_a_title_holds_already_stays() -> None:
    assert crowd_act("全国中小学教师", _BULLETS, _TEXTS, {"中小学教师培训"}) == "全国中小学教师"


def test_zh_news_teacher_training() -> None:
    titles = shared_group_titles("zh-news.jsonl", 58)  # 全国科学教育暑期学校: the Beijing course
    assert "中小学教师培训" in titles[1:]
    assert "全国中小学教师" not in titles
