"""zh_effect_title: a title one bullet writes only as a thing's effect ("其燃脂的效果") gives way
to the thing the clause's "是" names ("跳绳"); a title written outside the clause, a thing written
once, another group's thing and a taken one stay."""

from __future__ import annotations

from citebrief.text.data_files import data_lines
from citebrief.text.zh_effect_title import effect_titles

_ROPE = "跳绳是很多人喜欢的运动，简单又方便。由于跳绳是一项全身运动，其燃脂的效果非常明显。"
_BULLETS = ["下班以后，很多人没有力气再去健身房。", "由于跳绳是一项全身运动，其燃脂的效果非常明显。"]
_TEXTS = ["下班以后，很多人没有力气再去健身房。", _ROPE]


def test_the_thing_titles_its_effect_group() -> None:
    used: set[str] = {"燃脂"}
    assert effect_titles(["燃脂"], [(_BULLETS, _TEXTS)], used) == ["跳绳"]
    assert "跳绳" in used and "燃脂" not in used


def test_a_title_also_written_outside_the_clause_stays() -> None:
    bullets = [_BULLETS[0], _BULLETS[1] + "燃脂是很多人的目标。"]
    assert effect_titles(["燃脂"], [(bullets, _TEXTS)], set()) == ["燃脂"]


def test_a_thing_written_once_stays() -> None:
    assert effect_titles(["燃脂"], [(_BULLETS, _BULLETS)], set()) == ["燃脂"]


def test_a_thing_another_group_says_stays() -> None:
    other = ["跳绳也可以在家里做。", "器材很便宜。"]
    titles = effect_titles(["器材", "燃脂"], [(other, other), (_BULLETS, _TEXTS)], set())
    assert titles == ["器材", "燃脂"]


def test_a_taken_thing_stays() -> None:
    assert effect_titles(["燃脂"], [(_BULLETS, _TEXTS)], {"跳绳运动"}) == ["燃脂"]


def test_a_one_bullet_group_and_a_heading_group_keep_their_titles() -> None:
    assert effect_titles(["燃脂"], [(_BULLETS[1:], _TEXTS)], set()) == ["燃脂"]
    assert effect_titles(["燃脂"], [None], set()) == ["燃脂"]


def test_every_effect_noun_reads_an_effect_clause() -> None:
    for noun in data_lines("zh_effect_nouns.tsv"):
        bullet = f"由于跳绳是一项全身运动，其燃脂的{noun}非常明显。"
        bullets = [_BULLETS[0], bullet]
        assert effect_titles(["燃脂"], [(bullets, [_BULLETS[0], _ROPE])], set()) == ["跳绳"], noun
