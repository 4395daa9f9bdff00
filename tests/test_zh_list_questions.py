"""A Chinese bullet that says a later item of a spoken list ("第三，……") carries the short question
its list answers and keeps its number; a long question, a lead-in that asks nothing and a bullet
that follows its list's earlier item are left as they were."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_list_questions import questions_carried
from citebrief.ingest import document_from_text
from citebrief.model import Point
from conftest import shared_article
from scored_builder import zh_scored

_ASKED = "那么，团体票和散客票有什么区别？"
_ITEMS = [
    "馆长解释，第一，价格不同。",
    "团体票每张便宜二十元，散客票按原价出售。",
    "第二，要提前预约。",
    "团体须在三天前登记人数和日期。",
]


def _carried(paragraphs: list[list[str]], said: list[int], texts: list[str]) -> list[Point]:
    scored = zh_scored(paragraphs)
    points = [[Point(text=text, citations=[2]) for text in texts]]
    questions_carried(scored, [said], points)
    return points[0]


def test_a_later_item_carries_its_lists_question() -> None:
    bullet = "第二，要提前预约。团体须在三天前登记人数和日期。"
    (point,) = _carried([[_ASKED, _ITEMS[0]], _ITEMS[1:]], [4], [bullet])
    assert point.text == "团体票和散客票有什么区别？" + bullet
    assert point.citations == [1, 2]


def test_a_long_question_is_not_carried() -> None:
    asked = "那么，团体票和散客票在购买、预约、入馆和退改这几个方面到底有什么样的区别？"
    bullet = "第二，要提前预约。团体须在三天前登记人数和日期。"
    (point,) = _carried([[asked, _ITEMS[0]], _ITEMS[1:]], [4], [bullet])
    assert point.text == bullet


def test_a_lead_in_that_asks_nothing_is_not_carried() -> None:
    bullet = "第二，要提前预约。团体须在三天前登记人数和日期。"
    (point,) = _carried([["团体票和散客票有两点区别。", _ITEMS[0]], _ITEMS[1:]], [4], [bullet])
    assert point.text == bullet


def test_an_item_after_its_earlier_item_is_left() -> None:
    texts = [
        "第一，价格不同。团体票每张便宜二十元，散客票按原价出售。",
        "第二，要提前预约。团体须在三天前登记人数和日期。",
    ]
    points = _carried([[_ASKED, _ITEMS[0]], _ITEMS[1:]], [2, 4], texts)
    assert [point.text for point in points][1] == texts[1]


def test_the_plasma_donors_third_step_says_what_it_answers() -> None:
    """zh-clts 10: "第三，要做一些检测。" answers "采集血浆和平时献血有什么区别？" several sentences up;
    without it the bullet opened on the fragment "要做一些检测。"."""
    article = shared_article("zh-clts.jsonl", 10)
    document = document_from_text(article, origin="clts-10", kind="text")
    points = [point for group in draft_extractive(document).groups for point in group.points]
    bullets = [point.text for point in points]
    assert not any(text.startswith("要做一些检测。") for text in bullets)
    (third,) = [point for point in points if "第三，要做一些检测。" in point.text]
    assert third.text.startswith("采集血浆和平时献血有什么区别？第三，要做一些检测。")
    assert 2 in third.citations
