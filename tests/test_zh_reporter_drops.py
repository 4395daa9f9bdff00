"""zh_reporter_drops: the preamble goes from the finished bullets, read beside the brief's others."""

from __future__ import annotations

from citebrief.engines.zh_reporter_drops import reporter_leads_dropped
from citebrief.model import Point


def test_drops_the_preamble_and_reads_the_other_bullets() -> None:
    lead = "7日记者从杭州市卫生健康委员会获悉，《杭州市育儿补助实施办法(试行)》(下称《办法》)于近日发布。"
    plain = "记者从会上获悉，2020年至2022年，天津全市法院一审审结电信网络诈骗犯罪案件666件1741人。"
    points = [[Point(text=lead, citations=[1]), Point(text=plain, citations=[2])]]
    reporter_leads_dropped(points)
    assert [p.text for p in points[0]] == [lead, plain.split("，", 1)[1]]
    named = Point(text="杭州市卫生健康委员会相关负责人介绍，补助采用一次性发放现金形式。", citations=[3])
    points = [[Point(text=lead, citations=[1])], [named]]
    reporter_leads_dropped(points)
    assert points[0][0].text.startswith("《杭州市育儿补助实施办法")
    assert points[0][0].citations == [1]
