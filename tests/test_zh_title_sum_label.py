"""zh_title_sum_label: a group title ending on a sum label ("收入合计") takes the thing summed with
the noun its bullet writes before it; a title with no label, a bare total and a taken phrase stay."""

from __future__ import annotations

from citebrief.text.zh_title_sum_label import sum_label_titles

_FUND = ["今年该市医疗保险基金收入合计120亿元，比上年多一成。", "其中，财政补贴所占比重有所上升。"]
_TICKETS = ["去年全县旅游门票收入总计8000万元。", "景区门票价格三年未变。"]
_BARE = ["今年收入合计3亿元。", "其中，财政补贴所占比重有所上升。"]


def _titled(title: str, bullets: list[str], other: str = "供养比") -> tuple[str, set[str]]:
    used = {other, title}
    return sum_label_titles([other, title], [None, (bullets, bullets)], used)[1], used


def test_a_sum_label_gives_way_to_the_thing_summed() -> None:
    assert _titled("收入合计", _FUND) == ("基金收入", {"供养比", "基金收入"})
    assert _titled("收入总计", _TICKETS)[0] == "门票收入"


def test_a_title_without_a_label_stays() -> None:
    assert _titled("基金收入", _FUND)[0] == "基金收入"


def test_a_total_no_noun_leads_stays() -> None:
    assert _titled("收入合计", _BARE)[0] == "收入合计"


def test_a_phrase_another_group_holds_stays() -> None:
    assert _titled("收入合计", _FUND, other="基金收入")[0] == "收入合计"
