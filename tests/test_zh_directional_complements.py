"""zh_directional_complements.tsv: a word saying where an act goes ("回输|回去") is no second act,
so `zh_title_clipped` never lengthens a title ending on a verbal noun with one: the title would read
as a clause cut from its sentence ("病人回输回去", s230 read of zh-clts 10), not a theme."""

from __future__ import annotations

from citebrief.text.data_files import data_lines
from citebrief.text.zh_title_clipped import clipped_titles


def _clipped(title: str, bullets: list[str]) -> str:
    return clipped_titles([title], [(bullets, bullets)], {title.casefold()})[0]


def test_a_directional_complement_after_a_verbal_noun_stays_out() -> None:
    bullets = ["分离出血浆后，其余成分要给病人回输回去。"]
    assert _clipped("病人回输", bullets) == "病人回输"


def test_a_second_act_still_joins() -> None:
    bullets = ["做好高架灯杆检查加固以及排水管道的清理。"]
    assert _clipped("高架灯杆检查", bullets) == "高架灯杆检查加固"


def test_the_complements_table_reads() -> None:
    words = data_lines("zh_directional_complements.tsv")
    assert "回去" in words and "起来" in words and "加固" not in words
    assert all(len(w) == 2 and w[-1] in "去来" for w in words)
