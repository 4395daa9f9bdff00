"""zh_name_event_title: a bare person's name over a group takes the work named after the person
that two bullets write, or the honour a bullet writes conferred on them; a work one bullet names,
a work another group names and a group of the person's own deeds keep the name."""

from __future__ import annotations

from citebrief.engines.zh_later_titles import later_titles
from citebrief.text.zh_name_event_title import name_event_titles

_OVERVIEW = ["本届音乐节将在12天内带来18场演出。"]
_WORK = [
    "开幕当晚，乐团将首演委约作品组曲《致敬王小明》。",
    "《致敬王小明》根据王小明的多首器乐作品改编而成。",
]
_HONOUR = [
    "大会授予作家王小明“荣誉市民”称号，并颁发证书。",
    "王小明表示，将继续关注这座城市的发展。",
]


def _titled(bullets: list[str], others: list[str] | None = None) -> tuple[str, set[str]]:
    own: list[tuple[list[str], list[str]] | None] = [None, (bullets, bullets)]
    used = {"音乐节", "王小明"}
    return name_event_titles(["音乐节", "王小明"], own, [others or _OVERVIEW, bullets], used)[1], used


def test_a_work_two_bullets_name_after_the_person_titles_the_group() -> None:
    title, used = _titled(_WORK)
    assert title == "《致敬王小明》"
    assert "《致敬王小明》" in used and "王小明" not in used


def test_an_honour_conferred_on_the_person_titles_the_group() -> None:
    assert _titled(_HONOUR)[0] == "“荣誉市民”称号"


def test_a_work_one_bullet_names_leaves_the_name() -> None:
    assert _titled([_WORK[0], _HONOUR[1]])[0] == "王小明"


def test_a_work_another_group_names_leaves_the_name() -> None:
    assert _titled(_WORK, ["观众期待《致敬王小明》的首演。"])[0] == "王小明"


def test_the_persons_own_deeds_leave_the_name() -> None:
    bullets = ["王小明13日在比赛中得到全场最高的18分。", "王小明说，全队还有很多提升空间。"]
    assert _titled(bullets)[0] == "王小明"


def test_the_later_title_chain_ends_on_it() -> None:
    own: list[tuple[list[str], list[str]] | None] = [None, (_WORK, _WORK)]
    titles = later_titles(
        ["音乐节", "王小明"], own, [_OVERVIEW, _WORK], [*_OVERVIEW, *_WORK], {"音乐节", "王小明"}, "音乐节", ()
    )
    assert titles[1] == "《致敬王小明》"
