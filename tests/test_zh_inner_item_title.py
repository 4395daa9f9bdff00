"""zh_inner_item_title: a news group's title one bullet writes only as an inner item of a "、"
list gives way to what two bullets write; a list's last item, an item two bullets write, and an
item where two bullets share nothing stay."""

from __future__ import annotations

from citebrief.text.zh_inner_item_title import inner_item_titles

# a made-up story: a touring book show, its earlier towns and the volunteers who ran it
_TOUR = [
    "这批书此前先后在杭州、苏州、扬州进行了巡展。",
    "来自农业、教育、医疗、体育等多个行业的三十名志愿者共同完成了图书巡展，其中年龄最小的志愿者仅十二岁。",
]
_OVERVIEW = ["古镇读书节今天开幕。"]


def _titled(title: str, bullets: list[str]) -> str:
    own: list[tuple[list[str], list[str]] | None] = [None, (bullets, bullets)]
    return inner_item_titles(["读书节", title], own, _OVERVIEW + bullets, {"读书节"})[1]


def test_an_inner_item_gives_way_to_the_event_two_bullets_report() -> None:
    assert _titled("医疗", _TOUR) == "图书巡展"  # a "等" closes the list: an inner item still names no theme
    assert _titled("苏州", _TOUR) == "图书巡展"


def test_an_inner_item_gives_way_to_a_thing_two_bullets_write() -> None:
    shown = [_TOUR[0].replace("这批书", "这批图书"), _TOUR[1].replace("图书巡展", "这次图书展")]
    assert _titled("医疗", shown) == "图书"


def test_a_last_item_a_first_item_and_an_item_two_bullets_write_stay() -> None:
    assert _titled("体育", _TOUR) == "体育"  # before the "等": `zh_list_item_title`'s
    assert _titled("农业", _TOUR) == "农业"
    twice = [*_TOUR, "医疗行业的志愿者负责现场急救。"]
    assert _titled("医疗", twice) == "医疗"


def test_an_item_stays_where_two_bullets_share_nothing() -> None:
    apart = [_TOUR[0], _TOUR[1].replace("图书巡展", "这次活动")]
    assert _titled("医疗", apart) == "医疗"
