"""A Chinese news group's title naming a place one bullet says gives way to the rare act more of
its bullets write as a noun (`zh_act_noun_title`): "寻亲", not "红旗公社" (zh-news 112's shape,
sentences invented). An act another group's bullet says, a group of two, a verb no bullet writes
as a noun, or a title that is no place nor body keep the title."""

from __future__ import annotations

from citebrief.text.data_files import rows_by_kind
from citebrief.text.zh_act_noun_title import act_noun_titles

NOTICE = "张华在网上看到一则寻亲启事，认出了照片上的哥哥。"
BORN = "她出生在红旗公社，三岁时被送给邻县一户人家。"
SENT = "派出所随后发布寻亲信息，帮助两家人核对身世。"
CLOSED = "成年后，她开始寻亲，走遍了附近几个县。"  # a paragraph where the act closes its clause
OTHER = ["两人小时候一起在河边放牛。", "哥哥后来进城打工。"]


def _retitled(bullets: list[str], title: str = "红旗公社", other: list[str] = OTHER) -> str:
    used = {"童年", title}
    own = [(other, other), (bullets, [*bullets, CLOSED])]
    titles = act_noun_titles(["童年", title], own, [other, bullets], used, "兄妹团聚")
    assert used == {"童年", titles[1].casefold()}
    return titles[1]


def test_a_place_one_bullet_says_gives_way_to_the_act_two_write_as_a_noun() -> None:
    assert _retitled([NOTICE, BORN, SENT]) == "寻亲"


def test_an_act_another_group_says_is_no_theme_of_this_one() -> None:
    assert _retitled([NOTICE, BORN, SENT], other=[*OTHER, "哥哥也寻亲多年。"]) == "红旗公社"


def test_a_group_of_two_keeps_its_title() -> None:
    assert _retitled([NOTICE, SENT]) == "红旗公社"


def test_a_title_that_is_no_place_nor_body_stays() -> None:
    assert _retitled([NOTICE, BORN.replace("红旗公社", "一户农家"), SENT], title="身世") == "身世"
    # a place's thing, not a place: "非洲" opens it, "农产品" closes it
    assert _retitled([NOTICE, BORN.replace("红旗公社", "非洲农产品"), SENT], title="非洲农产品") == "非洲农产品"


def test_an_act_no_bullet_writes_as_a_noun_stays_an_act() -> None:
    # "寻亲" only as the bullets' verb, after an adverb, closing its clause: no noun's use
    bullets = ["张华多年来一直寻亲，认出了照片上的哥哥。", BORN, "她四处寻亲，帮助两家人核对身世。"]
    assert _retitled(bullets) == "红旗公社"


def test_the_marks_table_has_its_three_kinds_of_distinct_words() -> None:
    marks = rows_by_kind("zh_act_noun_marks.tsv")
    assert set(marks) == {"name_end", "before", "after"}
    assert all(words and len(set(words)) == len(words) for words in marks.values())
