"""A Chinese bullet that opens on "今日/今天" says the day of the article's dateline in brackets after the
word (engines/zh_today_brackets.py, called from engines/cited_points): on text written for these tests and
on zh-news 96, whose lead "今日最高人民检察院向社会发布……" named no day."""

from __future__ import annotations

import pytest
from tests.helpers import FakeScored, FakeUnit

from citebrief.engines.zh_day_brackets import DAYS, dated_day
from citebrief.engines.zh_today_brackets import dateline_day
from citebrief.ingest import document_from_text
from citebrief.model import Point, VerdictLabel
from citebrief.pipeline import draft
from citebrief.text.data_files import rows_by_kind
from citebrief.verify import SourceIndex, check_point
from conftest import shared_article, shared_groups


def _dated(opening: str, bullet: str) -> tuple[str, int] | None:
    scored = FakeScored([FakeUnit(opening, 1), FakeUnit("某市举行活动。", 2), FakeUnit(bullet, 3)])
    return dateline_day(scored, 2, bullet)  # type: ignore[arg-type]


_OPENING = "本报北京7月26日电（记者某某）某市举行活动。"


def test_a_bullet_opening_on_today_says_the_datelines_day() -> None:
    assert _dated(_OPENING, "今日最高人民检察院向社会发布数据。") == (
        "今日（7月26日）最高人民检察院向社会发布数据。",
        1,
    )
    assert _dated("中新网北京8月19日电 (记者 某某)某市举行活动。", "今天，部长在发布会上表示，决不手软。") == (
        "今天（8月19日），部长在发布会上表示，决不手软。",
        1,
    )
    # a subject's day word before what it does that day
    assert _dated(_OPENING, "国家发改委副主任某某今天在吹风会上说，要促进消费。") == (
        "国家发改委副主任某某今天（7月26日）在吹风会上说，要促进消费。",
        1,
    )
    assert _dated(_OPENING, "草案（以下简称草案）今天提请常委会审议。") == (
        "草案（以下简称草案）今天（7月26日）提请常委会审议。",
        1,
    )


@pytest.mark.parametrize("word", rows_by_kind(DAYS)["dateline"])
def test_each_dateline_word_of_the_table_takes_the_datelines_day(word: str) -> None:
    assert _dated(_OPENING, f"{word}，市长致辞。") == (f"{word}（7月26日），市长致辞。", 1)
    # `zh_day_brackets` leaves it to the dateline: the sentence before is not its day
    scored = FakeScored([FakeUnit("论坛7月20日开幕。", 1), FakeUnit(f"{word}，市长致辞。", 1)])
    assert dated_day(scored, 1, f"{word}，市长致辞。", frozenset()) is None  # type: ignore[arg-type]


def test_no_date_where_the_day_is_unsure_or_said() -> None:
    # no dated dateline ("央视网消息："), nowadays ("今天的中国"), a holiday, a day in the middle of a sentence
    assert _dated("央视网消息：某市举行活动。", "今天，市长致辞。") is None
    assert _dated("各省、自治区、直辖市人民政府：", "今日起施行。") is None  # a policy: no dateline at all
    assert _dated(_OPENING, "市长致辞。") is None  # a dateline, and no day word in the bullet
    assert _dated(_OPENING, "今天的中国正在走向世界。") is None
    assert _dated(_OPENING, "今天是全民健身日。") is None
    assert _dated(_OPENING, "预计今天白天到夜间，多地有雨。") is None
    # the article brackets it already, or the bullet names the day
    assert _dated(_OPENING, "今天（7月26日）上午，市长致辞。") is None
    assert _dated(_OPENING, "今天，26日举行的论坛开幕。") is None


def test_the_procuratorate_brief_says_which_day() -> None:
    # zh-news 96: "本报北京7月26日电（记者陈慧娟）今日最高人民检察院向社会发布……"
    bullets = [text for group in shared_groups("zh-news.jsonl", 96) for text in group]
    assert any(text.startswith("今日（7月26日）最高人民检察院向社会发布") for text in bullets)


def test_verify_holds_the_datelines_day_to_the_cited_paragraph() -> None:
    document = document_from_text(shared_article("zh-news.jsonl", 96), origin="x", kind="text")
    index = SourceIndex(document)
    dated = [point for group in draft(document).groups for point in group.points if "今日（" in point.text]
    assert dated
    for point in dated:
        assert check_point(point, index).label is VerdictLabel.supported
        wrong = Point(text=point.text.replace("7月26日", "7月29日"), citations=point.citations)
        assert check_point(wrong, index).label is not VerdictLabel.supported
