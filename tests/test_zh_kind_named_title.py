"""A Chinese news group of one person's story, titled by one bullet's detail, takes the name every
bullet writes after a kind word sets it up as a person's (`zh_kind_named_title`): "东林", which
the tagger may read as a place, not the "阳台" one bullet names. Sentences are invented."""

from __future__ import annotations

from citebrief.text.data_files import data_lines
from citebrief.text.zh_kind_named_title import kind_named_titles

OPENED = "6岁女孩东林，住在8楼，阳台没有装护栏。"
FELL = "那天傍晚，妈妈出门取快递，东林爬上椅子往外看，结果从8楼摔了下去。"


def _retitled(bullets: list[str], title: str = "阳台", given: tuple[str, ...] = ()) -> str:
    used = {title, *given}
    found = kind_named_titles([title], [(bullets, bullets)], used)[0]
    assert found.casefold() in used and (found == title or title not in used)
    return found


def test_one_bullets_detail_gives_way_to_the_person_every_bullet_names() -> None:
    assert _retitled([OPENED, FELL]) == "东林"


def test_a_name_no_kind_word_sets_up_keeps_the_title() -> None:
    assert _retitled(["东林住在8楼，阳台没有装护栏。", FELL]) == "阳台"


def test_a_name_one_bullet_writes_keeps_the_title() -> None:
    assert _retitled([OPENED, "那天傍晚，妈妈出门取快递，孩子从8楼摔了下去。"]) == "阳台"


def test_a_title_two_bullets_write_keeps_it() -> None:
    assert _retitled([OPENED, FELL.replace("椅子", "阳台")]) == "阳台"


def test_a_name_another_title_holds_keeps_the_title() -> None:
    assert _retitled([OPENED, FELL], given=("东林坠楼",)) == "阳台"


def test_the_table_holds_one_kind_word_a_row() -> None:
    rows = data_lines("zh_name_kinds.tsv")
    assert rows and len(set(rows)) == len(rows)
    assert all(not any(c.isspace() for c in row) for row in rows)
    assert {"男孩", "女孩"} <= set(rows)


def test_the_later_title_steps_end_on_it() -> None:
    from citebrief.engines.zh_later_titles import later_titles

    bullets = [OPENED, FELL]
    found = later_titles(["阳台"], [(bullets, bullets)], [bullets], bullets, {"阳台"}, "", ())
    assert found == ["东林"]
