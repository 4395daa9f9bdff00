"""zh_sense_title: a group titled by a bare sense of the body (data/zh_sense_words.tsv: 味蕾) takes the
thing a bullet says is met there, widened to the noun ending on it the article writes most ("莲藕", not
"味蕾"); no such subject, one a bullet does not say, no clear widening or a thing that is another
title keep the sense."""

from __future__ import annotations

from citebrief.text.data_files import data_lines
from citebrief.text.zh_sense_title import sense_titles

_LOTUS = ["藕是夏天的佳品，是老城人记忆中的味蕾享受。", "吃藕，在老城人的味蕾里，讲究的是时令。"]
_ARTICLE = ["湖里的莲藕又粗又白。", "莲藕可以炖汤，莲藕也可以凉拌。", "当地人说，莲藕是夏天最好的菜。"]


def _titled(bullets: list[str], article: list[str] = _ARTICLE, others: tuple[str, ...] = ()) -> str:
    own = [(bullets, bullets), *(([o], [o]) for o in others)]
    used = {"味蕾", *others}
    return sense_titles(["味蕾", *others], own, article, used)[0]


def test_a_sense_title_gives_way_to_the_thing_met_there() -> None:
    used = {"味蕾"}
    assert sense_titles(["味蕾"], [(_LOTUS, _LOTUS)], _ARTICLE, used) == ["莲藕"]
    assert used == {"莲藕"}


def test_a_thing_another_group_holds_may_stand_but_not_another_title() -> None:
    assert _titled(_LOTUS, others=("莲藕排骨汤",)) == "莲藕"  # a dish of it
    assert _titled(_LOTUS, others=("莲藕",)) == "味蕾"


def test_no_subject_said_by_every_bullet_or_no_clear_name_keeps_the_sense() -> None:
    assert _titled(["夏天到了，老城人的味蕾醒了。", _LOTUS[1]]) == "味蕾"  # no "X是…味蕾"
    assert _titled([_LOTUS[0], "老城人的味蕾讲究时令。"]) == "味蕾"  # a bullet not on 藕
    assert _titled(_LOTUS, article=["莲藕很白。", "白藕很甜。"]) == "味蕾"  # no name leads


def test_the_table_lists_senses_only() -> None:
    assert {"味蕾", "舌尖"} <= set(data_lines("zh_sense_words.tsv"))
