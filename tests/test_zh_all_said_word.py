"""zh_all_said_word: a group's title one bullet says gives way to the rare word all its bullets
say and no other group's; places, the article's words and common words stay out."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_all_said_word import all_said_words, own_words

DATA = Path("/work/shared/data/zh-news.jsonl")

_REPAIR = [
    "电力公司投入近千人的抢修力量，配备发电车。",
    "道路条件具备的，加快开展供电设施抢修。",
    "公司调派电力物资到灾区抢修前线。",
]
_OTHER = ["截至昨日，受影响的小区已经全部恢复供电。", "暴雨造成多处线路受损。"]


def test_the_word_all_bullets_say_titles_the_group() -> None:
    used: set[str] = {"恢复供电"}
    titles = all_said_words(["恢复供电", "物资调配力度"], [None, (_REPAIR, _REPAIR)], [_OTHER, _REPAIR], used)
    assert titles == ["恢复供电", "抢修"]
    assert "抢修" in used and "物资调配力度" not in used


def test_a_word_another_group_says_is_no_title() -> None:
    other = [*_OTHER, "抢修人员连夜赶到。"]
    titles = all_said_words(["恢复供电", "物资调配力度"], [None, (_REPAIR, _REPAIR)], [other, _REPAIR], set())
    assert titles[1] == "物资调配力度"


def test_a_title_two_bullets_say_stays() -> None:
    bullets = ["公司抢修物资调配有序。", "抢修物资调配到位。", "抢修前线人员充足。"]
    titles = all_said_words(["物资调配"], [(bullets, bullets)], [bullets], set())
    assert titles == ["物资调配"]


def test_a_place_all_bullets_say_is_no_title() -> None:
    bullets = ["华新镇表彰先进人士。", "奖项分给了华新镇多个团体。", "华新镇启动综合体品牌。"]
    titles = all_said_words(["综合体品牌"], [(bullets, bullets)], [bullets], set())
    assert titles == ["综合体品牌"]


def _brief_titles(index: int) -> list[str]:
    record = json.loads(DATA.read_text(encoding="utf-8").splitlines()[index])
    brief = draft(document_from_text(record["article"], origin="article.txt", kind="text"))
    return [group.title for group in brief.groups]


def test_the_power_repair_group_is_titled_by_its_repair() -> None:
    titles = _brief_titles(89)  # Beijing's power restored; the repair crews, supplies and front line
    # the repair, with what is repaired where a bullet writes it (`zh_thing_act`: "供电设施抢修")
    assert any(title.endswith("抢修") for title in titles[1:])
    assert "物资调配力度" not in titles


def test_a_town_all_bullets_name_is_no_title() -> None:
    titles = _brief_titles(19)  # a town's united-front awards: every bullet names the town 华新镇
    assert "华新" not in titles


def test_a_groups_own_words_are_those_no_other_group_says_and_no_title_holds() -> None:
    """The one filter of zh_all_said_word and zh_most_said_word (`own_words`), order kept."""
    found = ["堤坝", "水位", "抢险", "巡查"]
    others = ["各地水位持续上涨。"]
    taken = {"", "抢险救灾", "坝"}  # a title holding 抢险, one held by 堤坝; an empty one holds nothing
    assert own_words(found, others, taken) == ["巡查"]
