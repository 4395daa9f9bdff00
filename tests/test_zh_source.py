"""An overview subject the lead names only as its source ("记者从国网北京电力获悉") gives way to
what the lead says without that clause (`zh_source.past_source`): "恢复供电"."""

from __future__ import annotations

from citebrief.text.zh_source import past_source

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
