"""An overview subject the lead names only as its source ("记者从国网北京电力获悉") gives way to
what the lead says without that clause (`zh_source.past_source`): "恢复供电"."""

from __future__ import annotations

import pytest

from citebrief.text.zh_source import past_source
from conftest import shared_group_titles

LEAD = [
    "记者从国网北京电力获悉，截至8月8日8时，北京房山区供电受影响的16个居民小区已经全部恢复供电。",
    "据悉，连日来，国网北京电力快速调派了22批次电力物资到灾区抢修前线，累计配送电力线杆2163根。",
    "房山、门头沟、昌平区因灾情导致供电受影响的33个乡镇已全部恢复供电，复电率达到92%。",
]


def test_a_source_gives_way_to_what_the_lead_reports() -> None:
    used = {"国网北京电力"}
    assert past_source("国网北京电力", LEAD, LEAD, used) == "恢复供电"
    assert used == {"恢复供电"}


def test_a_subject_that_is_no_source_stays() -> None:
    lead = ["国网北京电力快速调派了22批次电力物资到灾区抢修前线。", *LEAD[1:]]
    assert past_source("国网北京电力", lead, lead, set()) == "国网北京电力"
    assert past_source("恢复供电", LEAD, LEAD, set()) == "恢复供电"


def test_nothing_the_opening_says_leaves_the_source() -> None:
    lead = ["记者从国网北京电力获悉，目前一切正常。", "国网北京电力表示将继续努力。"]
    assert past_source("国网北京电力", lead, lead, set()) == "国网北京电力"


def test_a_source_after_the_day_gives_way_too() -> None:
    lead = [
        "中新网杭州8月17日电 (王题题)8月17日，记者从杭州动物园获悉，经过一段时间的适应与调整，"
        "目前大熊猫“春生”和“香果”状态良好。",
        "大熊猫“春生”和“香果”将于近日与市民游客见面。",
        "杭州动物园大熊猫馆参观的市民游客络绎不绝，大熊猫吃着竹子。",
    ]
    assert past_source("杭州动物园", lead, lead, set()) == "大熊猫"


@pytest.mark.parametrize(
    ("record", "title"),
    [
        # "记者12日从吉林省气象台获悉" (the lead's strongest phrase, 农田渍涝, a later aside); the bare
        # "降雨" widened to the phrase the lead says (`zh_source_phrase`)
        (168, "核心要点：明显降雨过程"),
        (69, "核心要点：大熊猫馆"),  # "8月17日，记者从杭州动物园获悉"; "这两位大熊猫馆“新馆主”"
        (68, "核心要点：山洪泥石流灾害"),  # "记者13日从陕西省消防救援总队获悉"
    ],
)
def test_a_news_item_a_body_told_the_reporter_is_titled_by_what_it_reports(record: int, title: str) -> None:
    """zh-news records read in place: the body that told the reporter is no subject."""
    assert shared_group_titles("zh-news.jsonl", record)[0] == title
