"""A Chinese news group's title gives way to the piece or widened form of the overview's title more
of its bullets say (`zh_overview_most_said`): "猕猴桃产业" for one bullet's "合作社" under "猕猴桃",
"校园食品安全" for one bullet's "食堂承包经营" under "校园食品安全专项整治"; a short piece, a phrase the
overview's own bullets say as much, a group telling the overview's own story and a pair keep the title.
The bullets are written for these tests."""

from __future__ import annotations

from citebrief.text.zh_overview_most_said import most_said_pieces
from conftest import shared_group_titles

KIWI = [
    "该县出台猕猴桃产业扶持办法，对新建果园给予补贴。",
    "去年全县猕猴桃产业产值达到12亿元，带动3万农户增收。",
    "多家合作社与电商平台签约，推动猕猴桃产业提档升级。",
    "果农李明说，今年鲜果价格比去年高出两成。",
]
KIWI_LEAD = ["该县地处山区，所产猕猴桃远近闻名。", "今年猕猴桃鲜果采摘量创新高。"]
SCHOOL = [
    "今年以来，全市排查校园食品安全隐患1200余处，已整改1100处。",
    "对食堂承包经营不规范的学校，主管部门将约谈其负责人。",
    "下一步，该市将把校园食品安全纳入年度考核，压实各方责任。",
    "记者了解到，全市中小学食堂已全部实现明厨亮灶。",
]
SCHOOL_LEAD = ["记者从市教育局获悉，该市正在开展校园食品安全专项整治。", "整治为期一年。"]


def _retitled(title: str, bullets: list[str], shown: str, lead: list[str]) -> str:
    return most_said_pieces(["", title], [None, (bullets, bullets)], {shown.casefold()}, shown, tuple(lead))[-1]


def test_the_overviews_title_widened_by_a_word_most_bullets_say_names_the_group() -> None:
    assert _retitled("合作社", KIWI, "猕猴桃", KIWI_LEAD) == "猕猴桃产业"


def test_a_piece_of_the_overviews_title_most_bullets_say_names_the_group() -> None:
    assert _retitled("食堂承包经营", SCHOOL, "校园食品安全专项整治", SCHOOL_LEAD) == "校园食品安全"


def test_a_phrase_the_overviews_bullets_say_as_much_or_a_short_piece_stays_off() -> None:
    said = [*SCHOOL_LEAD, "全市校园食品安全形势总体平稳。"]
    assert _retitled("食堂承包经营", SCHOOL, "校园食品安全专项整治", said) == "食堂承包经营"
    # "食品安全" of 食品安全专项整治: the overview's thing again
    assert _retitled("食堂承包经营", SCHOOL, "食品安全专项整治", SCHOOL_LEAD) == "食堂承包经营"


def test_a_title_as_said_a_pair_and_the_overviews_own_story_keep_the_title() -> None:
    online = [f"{b}电商平台销量也在增长。" for b in KIWI[:3]] + KIWI[3:]
    assert _retitled("电商平台", online, "猕猴桃", KIWI_LEAD) == "电商平台"  # said as often as the widened form
    assert _retitled("猕猴桃产业产值", KIWI, "猕猴桃", KIWI_LEAD) == "猕猴桃产业产值"  # holds the widened form
    assert _retitled("合作社", KIWI[:2], "猕猴桃", KIWI_LEAD) == "合作社"
    told = [f"校园食品安全专项整治中，{b}" for b in SCHOOL[:2]] + SCHOOL[2:]
    assert _retitled("食堂承包经营", told, "校园食品安全专项整治", SCHOOL_LEAD) == "食堂承包经营"


def test_shared_briefs_name_the_groups_part_of_the_overview() -> None:
    food = shared_group_titles("zh-news.jsonl", 64)
    assert food[0].endswith("鲜辣美食")
    assert food[1] == "鲜辣美食产业"  # not "商会" two bullets name beside other things
    medicine = shared_group_titles("zh-news.jsonl", 111)
    assert medicine[0].endswith("医药领域腐败问题集中整治")
    assert medicine[1] == "医药领域腐败问题"  # not one bullet's "医药事业改革发展"
    # "辅酶Q10", a piece under `PIECE_MIN_CHARS`, names the overview's thing again: no theme takes it
    overview, *themes = shared_group_titles("zh-news.jsonl", 81)
    assert "集中收网行动" in themes
    assert not any(theme in overview for theme in themes), themes
