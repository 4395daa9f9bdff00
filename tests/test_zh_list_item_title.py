"""zh_list_item_title: a news group's title one bullet writes only as a later item of a "、"
list gives way to the group's next phrase; a list's first item, an item two bullets write and
a pair's item stay."""

from __future__ import annotations

from citebrief.text.zh_list_item_title import later_item, list_item_titles

# a made-up story: a grandmother sends her grandson to school in town, then looks for him
_SEARCH = [
    "那年秋天，奶奶把孙子小明送到县城读书，托付给一位远房亲戚照看。",
    "第二年春天，奶奶进城探望孙子，才发现亲戚一家早已搬走，孙子也不知去向。",
    "她走遍了县城的学校、码头、客运站，打听了整整一个冬天，仍然没有孙子的消息。",
]
_OVERVIEW = ["老人寻找孙子二十年终于团聚。"]


def _titled(title: str, bullets: list[str]) -> str:
    own: list[tuple[list[str], list[str]] | None] = [None, (bullets, bullets)]
    return list_item_titles(["祖孙团聚", title], own, _OVERVIEW + bullets, {"祖孙团聚"})[1]


def test_a_later_item_one_bullet_lists_gives_way_to_the_next_phrase() -> None:
    title = _titled("客运站", _SEARCH)
    assert title == "孙子"  # whom the search is for, not one of the places she went
    assert not later_item(title, _SEARCH)


def test_what_a_later_item_is() -> None:
    assert later_item("客运站", _SEARCH)
    assert not later_item("学校", _SEARCH)  # the list's first item: the sentence may lead with it
    assert not later_item("孙子", _SEARCH)  # every bullet writes it
    assert not later_item("码头", [*_SEARCH, "码头边停着一艘渡船。"])  # two bullets write it


def test_a_first_item_and_a_pair_stay() -> None:
    assert _titled("学校", _SEARCH) == "学校"
    assert _titled("客运站", _SEARCH[1:]) == "客运站"  # a pair's item may be what the pair is about


def test_a_list_that_names_its_kind_and_an_act_stay() -> None:
    kinds = [*_SEARCH[:2], "她走遍了县城的学校、码头、客运站等地方，仍然没有孙子的消息。"]
    assert _titled("客运站", kinds) == "客运站"  # "等地方": the list's kind is `zh_title_list_kind`'s
    acts = [*_SEARCH[:2], "邻居们帮她贴告示、打听消息，仍然没有孙子的下落。"]
    assert _titled("打听消息", acts) == "打听消息"  # an act may be what the group reports
