"""A Chinese news group's title that every bullet says after a count ("2.64万人|生产生活用水"),
where the one chosen is one bullet's detail."""

from __future__ import annotations

from citebrief.text.zh_counted_title import counted_title
from conftest import zh_news_brief

TRUCKS = [
    "合水县组织20辆拉水车，向县城调蓄水池全天候补水，全力保障县城2.64万人生产生活用水需求",
    "华池县组织14辆拉水车，保障该县两乡镇0.6万人生产生活用水。",
]


def test_what_every_bullet_counts_titles_a_group_of_one_bullets_detail() -> None:
    assert counted_title("全天候补水", TRUCKS, TRUCKS, set()) == "生产生活用水"


def test_a_title_two_bullets_say_or_a_phrase_given_already_stays() -> None:
    assert counted_title("拉水车", TRUCKS, TRUCKS, set()) == "拉水车"
    assert counted_title("全天候补水", TRUCKS, TRUCKS, {"生产生活用水"}) == "全天候补水"
    assert counted_title("全天候补水", TRUCKS[:1], TRUCKS, set()) == "全天候补水"  # one bullet: no group to share


def test_a_phrase_one_bullet_says_without_its_count_is_no_counted_thing() -> None:
    bullets = [TRUCKS[0], "华池县保障两乡镇生产生活用水。"]  # the second says it with no count before
    assert counted_title("全天候补水", bullets, bullets, set()) == "全天候补水"
    money = ["全县投入资金215万元生产生活用水设施。", "两乡镇投入30万元生产生活用水设施。"]
    assert counted_title("资金", money, money, set()) == "资金"  # a sum of money counts no people


def test_a_drought_reliefs_water_trucks_are_titled_by_the_water_they_bring() -> None:
    """zh-news _L141: readers called "全天候补水" (one county's trucks refilling a reservoir) a detail."""
    titles = [g.title for g in zh_news_brief("_L141").groups[1:]]
    assert titles[-1] == "生产生活用水"
