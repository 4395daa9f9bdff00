"""A Chinese bullet that opens on a day word (当天, 当日, 次日) says the date the sentence before it gives,
in brackets after the word (engines/zh_day_brackets.py, called from engines/cited_points): on text written
for these tests and on zh-news 1, whose "当天中午，习近平主席在……欢迎宴会上发表致辞" named no day."""

from __future__ import annotations

import pytest
from tests.helpers import FakeScored, FakeUnit

from citebrief.engines.zh_day_brackets import DAYS, dated_day, day_of, printed_above
from citebrief.ingest import document_from_text
from citebrief.model import Point, VerdictLabel
from citebrief.pipeline import draft
from citebrief.text.data_files import rows_by_kind
from citebrief.text.speaker_label import ZH_DAY_IN_PLACE, zh_day_in_place
from citebrief.verify import SourceIndex, check_point
from conftest import shared_article, shared_groups


def _dated(before: str, bullet: str, everywhere: frozenset[int] = frozenset()) -> tuple[str, int] | None:
    scored = FakeScored([FakeUnit("某市举行活动。", 1), FakeUnit(before, 2), FakeUnit(bullet, 2)])
    return dated_day(scored, 2, bullet, everywhere)  # type: ignore[arg-type]


def test_a_bullet_opening_on_a_day_word_says_the_date_before_it() -> None:
    assert _dated("第一届论坛7月28日开幕。", "当天中午，市长在欢迎宴会上致辞。") == (
        "当天（7月28日）中午，市长在欢迎宴会上致辞。",
        2,
    )
    # a news dateline's day is the report's, not the event's: the event's day is said
    assert _dated("新华社拉萨8月9日电 8月8日傍晚，两架直升机起飞。", "当日，工作人员进行了介绍。") == (
        "当日（8月8日），工作人员进行了介绍。",
        2,
    )
    # a subject's day word before what it says that day
    assert _dated("兰州中心气象台10日上午发布预警。", "甘肃省水利厅当天称，局地将有强降水。") == (
        "甘肃省水利厅当天（10日）称，局地将有强降水。",
        2,
    )


# the "dateline" rows ("今日") take the dateline's day instead (tests/test_zh_today_brackets.py)
_ROWS = [(kind, word) for kind, words in rows_by_kind(DAYS).items() if kind != "dateline" for word in words]


@pytest.mark.parametrize(("kind", "word"), _ROWS)
def test_each_day_word_of_the_table_takes_its_date(kind: str, word: str) -> None:
    date = "7月21日" if kind == "next" else "7月20日"
    assert _dated("第一届论坛7月20日开幕。", f"{word}，市长致辞。") == (f"{word}（{date}），市长致辞。", 2)


def test_no_date_where_the_day_is_unsure() -> None:
    # an event's day ("活动当天"), no day in the sentence before, two days, a span's start
    assert _dated("第一届论坛7月28日开幕。", "活动当天，市长致辞。") is None
    assert _dated("论坛在上海开幕。", "当天，市长致辞。") is None
    assert _dated("论坛7月28日开幕，8月2日闭幕。", "当天，市长致辞。") is None
    assert _dated("自8月8日起，每天8点30分开售。", "当天早上8点不到，市民就排起了长队。") is None
    assert _dated("截至6月30日，全市完成投资100亿元。", "当日，市长致辞。") is None
    assert _dated("论坛7月28日至30日举行。", "当天，市长致辞。") is None
    # the day after the month's last days is not reckoned
    assert _dated("论坛7月31日开幕。", "次日，市长致辞。") is None


def test_no_date_where_the_brief_has_the_sentence_or_the_day() -> None:
    assert _dated("第一届论坛7月28日开幕。", "当天，市长致辞。", frozenset({1})) is None
    units = [FakeUnit("28日，论坛迎来高峰。", 1), FakeUnit("论坛28日开幕。", 2), FakeUnit("当天，市长致辞。", 2)]
    scored = FakeScored(units)
    assert dated_day(scored, 2, "当天，市长致辞。", frozenset({0})) is None  # type: ignore[arg-type]
    assert _dated("第一届论坛7月28日开幕。", "当天（7月28日），市长致辞。") is None


def test_a_date_sentence_printed_only_below_the_day_word_does_not_say_its_day() -> None:
    # the brief's lead "当天，……" printed above the sentence that names the day, in its group or the next
    units = [FakeUnit("某市举行活动。", 1), FakeUnit("论坛28日开幕。", 2), FakeUnit("当天，市长致辞。", 2)]
    scored = FakeScored(units)
    for every_group in ([[2, 1]], [[2], [1]]):
        above = printed_above(scored, every_group, every_group[0], 0)  # type: ignore[arg-type]
        assert above == frozenset()
        dated = dated_day(scored, 2, "当天，市长致辞。", above)  # type: ignore[arg-type]
        assert dated == ("当天（28日），市长致辞。", 2)
    # printed above it, the sentence says the day: nothing added
    for every_group, k in (([[1, 2]], 1), ([[1], [2]], 0)):
        above = printed_above(scored, every_group, every_group[-1], k)  # type: ignore[arg-type]
        assert above == frozenset({1})
        assert dated_day(scored, 2, "当天，市长致辞。", above) is None  # type: ignore[arg-type]
    # a group not among the brief's (a bullet drafted alone) reads the whole brief as above it
    assert printed_above(scored, [[1], [0]], [2], 0) == frozenset({0, 1})  # type: ignore[arg-type]
    # a bullet with no day word is given no set (issue #14: less work); nor is an English one
    assert printed_above(scored, [[1], [2]], [1], 0) == frozenset()  # type: ignore[arg-type]


def test_day_of_reads_the_one_day_a_sentence_names() -> None:
    assert day_of("新华社成都7月28日电 第31届大运会7月28日开幕。") == "7月28日"
    assert day_of("李晓媛25日说，要积极投身创新创业实践。") == "25日"
    assert day_of("新华社成都7月28日电 大运会即将开幕。") is None


def test_the_universiade_brief_says_which_day() -> None:
    # zh-news 1: "当天中午" after "第31届世界大学生夏季运动会7月28日开幕。", which the brief leaves out
    bullets = [text for group in shared_groups("zh-news.jsonl", 1) for text in group]
    assert any(text.startswith("当天（7月28日）中午，习近平主席在成都大运会开幕式欢迎宴会上") for text in bullets)


def test_verify_reads_the_date_and_holds_it_to_the_cited_paragraph() -> None:
    document = document_from_text(shared_article("zh-news.jsonl", 1), origin="x", kind="text")
    index = SourceIndex(document)
    dated = [point for group in draft(document).groups for point in group.points if "当天（" in point.text]
    assert dated
    for point in dated:
        verdict = check_point(point, index)
        assert verdict.label is VerdictLabel.supported and "quoted" in verdict.reason
        wrong = Point(text=point.text.replace("7月28日", "7月29日"), citations=point.citations)
        assert check_point(wrong, index).label is not VerdictLabel.supported


def test_the_bracket_reads_back_as_written() -> None:
    text = zh_day_in_place("7月28日", "当天", "中午，市长致辞。")
    found = ZH_DAY_IN_PLACE.search(text)
    assert found is not None and found.group("who") == "7月28日"
    assert text[: found.start()] + text[found.end() :] == "当天中午，市长致辞。"
    assert ZH_DAY_IN_PLACE.search("会议（7月28日）召开。") is None  # no day word before it
