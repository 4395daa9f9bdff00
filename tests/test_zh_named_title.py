"""A Chinese news group's title its bullets only ever say as a name's tail gives way to the name
(`zh_named_title.named_title`): "北京地铁", not "地铁"; a title some bullet says bare stays."""

from __future__ import annotations

from citebrief.text.zh_named_title import named_title
from conftest import zh_news_brief

BULLETS = [
    "北京地铁在北京城市发展中成长，地铁公司希望讲述北京地铁车辆故事。",
    "运行区段为北京地铁1号线八通线古城站至复兴门站区段。",
]


def test_the_name_every_bullet_gives_the_title() -> None:
    assert named_title("地铁", BULLETS, BULLETS, set()) == "北京地铁"


def test_a_title_a_bullet_says_bare_stays() -> None:
    bullets = [*BULLETS, "乘客在车厢中能看到地铁开通初期的线路图。"]
    assert named_title("地铁", bullets, bullets, set()) == "地铁"


def test_a_name_said_once_or_taken_stays_out() -> None:
    bullets = ["北京地铁推出时光列车。", "列车运行平稳。"]
    assert named_title("地铁", bullets, bullets, set()) == "地铁"
    assert named_title("地铁", BULLETS, BULLETS, {"北京"}) == "地铁"


def test_group_titles_read_in_place_name_the_thing() -> None:
    """zh-news read in place: Beijing's metro behind the retro train."""
    assert [g.title for g in zh_news_brief("_L691").groups][1] == "北京地铁"
