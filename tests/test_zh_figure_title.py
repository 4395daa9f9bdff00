"""zh_figure_title: a news group's title that one bullet's figure measures gives way to the
group's next phrase whose head two bullets say; a title more bullets say, a pair's figure and a
title no figure follows stay."""

from __future__ import annotations

from citebrief.text.zh_figure_title import figure_titles

# a made-up story: a county's orchards and the cooperative contract its growers sign
_ORCHARDS = [
    "去年全县果园面积继续扩大，苹果年产量达38万吨，比前年多出两成。",
    "县农业局与十二家果农合作社签订了长期合作协议，约定保底价格和收购数量。",
    "协议还规定，合作社须按统一标准分级包装，县里为冷库建设提供补贴。",
]
_OVERVIEW = ["山区县果农增收。"]


def _titled(title: str, bullets: list[str]) -> str:
    own: list[tuple[list[str], list[str]] | None] = [None, (bullets, bullets)]
    return figure_titles(["果农增收", title], own, _OVERVIEW + bullets, {"果农增收"})[1]


def test_one_bullets_figure_gives_way_to_what_two_bullets_share() -> None:
    title = _titled("苹果年产量", _ORCHARDS)
    assert title != "苹果年产量"
    assert title.endswith("协议")  # what two bullets write, not the harvest one bullet measures


def test_a_title_two_bullets_say_or_no_figure_follows_stays() -> None:
    assert _titled("苹果年产量", [*_ORCHARDS, "今年苹果年产量有望再创新高。"]) == "苹果年产量"
    assert _titled("保底价格", _ORCHARDS) == "保底价格"  # no number after it
    assert _titled("苹果年产量", _ORCHARDS[:2]) == "苹果年产量"  # a pair's figure may be its subject
