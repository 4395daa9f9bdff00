"""A Chinese news group's title that every bullet saying it names only as a place gone to or a
"、" list's item gives way to the act every bullet reports (`zh_placed_title`): "孩子被拐走", not
"石灰厂" (zh-news 140), nor the clause piece "孩子拐走" cut from its 将. A title a bullet says
as its subject, no act every bullet says, or an act done only to a named person keep the title.
Sentences are invented, but zh-news 140's own."""

from __future__ import annotations

from citebrief.text.zh_placed_title import placed_act_titles
from conftest import shared_group_titles

LISTED = "两人伺机到多处煤矿、采石场等地落脚，趁人不备将矿工的孩子拐走。"
WENT_TO = "嫌疑人窜至云岭县青山采石场，用糖果将矿工的儿子小明拐走。"


def _retitled(bullets: list[str], title: str = "采石场") -> str:
    used = {title}
    found = placed_act_titles([title], [(bullets, bullets)], used)[0]
    assert used == {found.casefold()}
    return found


def test_a_place_both_bullets_pass_through_gives_way_to_the_act_both_report() -> None:
    assert _retitled([LISTED, WENT_TO]) == "孩子被拐走"


def test_a_noun_put_before_its_verb_with_ba_is_titled_as_what_was_done_to() -> None:
    listed = "两人伺机到多处煤矿、采石场等地落脚，趁人不备把矿工的孩子拐走。"
    assert _retitled([listed, WENT_TO]) == "孩子被拐走"


def test_a_noun_before_its_verb_with_no_jiang_is_titled_as_written() -> None:
    # the clause's own subject and verb ("孩子|拐走。" with no 将 or 把) are whole as they stand
    listed = "两人伺机到多处煤矿、采石场等地落脚，后来矿工的孩子拐走。"
    assert _retitled([listed, WENT_TO]) == "孩子拐走"


def test_a_title_a_bullet_says_as_its_subject_stays() -> None:
    assert _retitled(["采石场的工人说，有人趁人不备将矿工的孩子拐走。", WENT_TO]) == "采石场"


def test_no_act_every_bullet_says_keeps_the_title() -> None:
    assert _retitled([LISTED, "嫌疑人窜至云岭县青山采石场，用糖果骗走矿工的钱。"]) == "采石场"


def test_an_act_done_only_to_named_people_keeps_the_title() -> None:
    bullets = [
        "两人伺机到多处煤矿、采石场等地落脚，趁人不备将张明拐走。",
        "嫌疑人窜至云岭县青山采石场，用糖果将李强拐走。",
    ]
    assert _retitled(bullets) == "采石场"


def test_one_bullet_saying_the_place_is_no_case() -> None:
    assert _retitled([LISTED, "嫌疑人用糖果将矿工的儿子小明拐走。"]) == "采石场"


def test_zh_news_140_the_gang_group_is_titled_by_the_abduction() -> None:
    titles = shared_group_titles("zh-news.jsonl", 140)
    assert "孩子被拐走" in titles
    assert "石灰厂" not in titles
