"""A lead that says a place underwent something is about what it underwent
(`zh_lead_undergone.undergone`): "最大规模降雨", not "道路积水" one paragraph tells of it."""

from __future__ import annotations

from citebrief.text.zh_lead_undergone import undergone
from conftest import zh_news_brief

RAIN = "昨天（7月30日），北京遭遇今年以来最大规模降雨。"
FLOOD = "据河北省应急管理厅消息，截至8月6日8时，保定等市930个乡(镇)遭受洪涝灾害，全省受灾人口288.87万人。"


def test_what_the_place_underwent_past_since_when() -> None:
    used = {"道路积水"}
    assert undergone("道路积水", RAIN, [RAIN], used) == "最大规模降雨"
    assert used == {"最大规模降雨"}


def test_the_leads_clause_loses_its_verb() -> None:
    assert undergone("遭受洪涝灾害", FLOOD, [FLOOD], set()) == "洪涝灾害"


def test_a_subject_the_lead_says_beside_it_stands() -> None:
    market = "中国A股26日(周三)遭遇大幅度调整，主要股指悉数下跌，房地产相关板块却逆势上涨。"
    assert undergone("房地产相关板块", market, [market], set()) == ""


def test_too_short_a_clause_running_on_or_a_taken_phrase_gives_nothing() -> None:
    assert undergone("房地产市场", "中国A股26日遭遇调整，主要股指悉数下跌。", [], set()) == ""
    long = "目前，东北地区遭遇洪涝灾害的地区工作重点也已转向灾后恢复重建阶段。"
    assert undergone("农业生产", long, [long], set()) == ""
    assert undergone("道路积水", RAIN, [RAIN], {"最大规模降雨"}) == ""
    assert undergone("黑土地保护", "拉林河流域发生了特大洪水。", [], set()) == ""


def test_the_rain_brief_is_titled_by_the_rain() -> None:
    assert zh_news_brief("_L1383").groups[0].title == "核心要点：最大规模降雨"
