"""A news pair's title one bullet writes only as a later "、" item takes the run of nouns both
its paragraphs write (`zh_pair_item_title`); a list "等" closes, a pair from one paragraph, a
larger group, or a run a title given holds keeps the item."""

from __future__ import annotations

from citebrief.text.zh_pair_item_title import pair_item_titles

SHOWN = "核心要点：老街茶馆"
BULLETS = ["本周，老街的三家茶馆相继推出新款茶点礼盒。", "桂花糕、绿豆饼寓意团圆，深受游客喜爱。"]
PARAGRAPHS = [
    "本周，老街的三家茶馆相继推出新款茶点礼盒。其中桂花糕十分畅销。",
    "桂花糕、绿豆饼寓意团圆，深受游客喜爱。茶点礼盒还将在网上销售。",
]


def _titled(title: str, bullets: list[str], texts: list[str], used: set[str] | None = None) -> str:
    return pair_item_titles(["核心要点", title], [None, (bullets, texts)], used or set(), SHOWN)[1]


def test_a_later_item_gives_way_to_what_both_paragraphs_write() -> None:
    assert _titled("绿豆饼", BULLETS, PARAGRAPHS) == "茶点礼盒"


def test_the_title_given_follows_the_change() -> None:
    used = {"绿豆饼"}
    pair_item_titles(["核心要点", "绿豆饼"], [None, (BULLETS, PARAGRAPHS)], used, SHOWN)
    assert "茶点礼盒" in used


def test_a_list_closed_by_its_kind_stays() -> None:
    listed = [BULLETS[0], "桂花糕、绿豆饼等点心寓意团圆。"]
    texts = [PARAGRAPHS[0], "桂花糕、绿豆饼等点心寓意团圆。茶点礼盒还将在网上销售。"]
    assert _titled("绿豆饼", listed, texts) == "绿豆饼"


def test_a_pair_from_one_paragraph_stays() -> None:
    one = "".join(BULLETS)
    assert _titled("绿豆饼", BULLETS, [one, one]) == "绿豆饼"


def test_a_larger_group_or_a_first_item_stays() -> None:
    three = [*BULLETS, "茶馆的生意比往年更好。"]
    assert _titled("绿豆饼", three, [*PARAGRAPHS, PARAGRAPHS[1]]) == "绿豆饼"
    assert _titled("桂花糕", BULLETS, PARAGRAPHS) == "桂花糕"


def test_no_run_a_title_given_holds() -> None:
    assert _titled("绿豆饼", BULLETS, PARAGRAPHS, {"新款茶点礼盒"}) == "绿豆饼"
