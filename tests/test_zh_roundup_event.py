"""A roundup's overview subject that is one place's instance of its event ("四川阿坝局地暴雨" of a
forecast listing rain across a dozen provinces) gives way to the event the article keeps saying
(`zh_roundup_event.roundup_event`): "暴雨"."""

from __future__ import annotations

from citebrief.text.zh_roundup_event import roundup_event
from conftest import zh_news_brief

ROUNDUP = [
    "过去一天，内蒙古东北部、黑龙江西部、吉林东北部、河北东北部、天津、北京南部及青海东南部等地出现中到大雨，"
    "辽宁丹东、河北秦皇岛、青海果洛、四川阿坝局地暴雨（50～65毫米）。",
    "南方多地依旧出现了分散性的大雨或暴雨。",
    "预计江南南部、华南、云南等地有分散的大雨或暴雨。",
]


def test_a_places_instance_in_a_roundup_gives_way_to_the_event() -> None:
    used = {"四川阿坝局地暴雨"}
    assert roundup_event("四川阿坝局地暴雨", ROUNDUP, used) == "暴雨"
    assert used == {"暴雨"}


def test_the_event_whole_where_the_article_says_it_so() -> None:
    texts = [*ROUNDUP, "局地暴雨频发。", "局地暴雨仍将持续。"]
    assert roundup_event("四川阿坝局地暴雨", texts, set()) == "局地暴雨"


def test_one_places_story_keeps_its_place() -> None:
    texts = ["四川阿坝局地暴雨（50～65毫米），暴雨造成道路中断。", "暴雨过后，暴雨预警解除。"]
    assert roundup_event("四川阿坝局地暴雨", texts, set()) == "四川阿坝局地暴雨"


def test_an_event_said_seldom_or_taken_keeps_the_place() -> None:
    assert roundup_event("四川阿坝局地暴雨", ROUNDUP[:2], set()) == "四川阿坝局地暴雨"
    assert roundup_event("四川阿坝局地暴雨", ROUNDUP, {"暴雨"}) == "四川阿坝局地暴雨"


def test_a_name_the_article_repeats_stays() -> None:
    texts = [*ROUNDUP, "四川阿坝局地暴雨已致多处塌方。"]
    assert roundup_event("四川阿坝局地暴雨", texts, set()) == "四川阿坝局地暴雨"


def test_the_roundup_is_titled_by_its_event() -> None:
    """zh-news _L116 read in place: rain and heat across the country, not one county's rainstorm."""
    assert zh_news_brief("_L116").groups[0].title == "核心要点：暴雨、高温"  # its heat bullet too (`zh_overview_kinds`)
