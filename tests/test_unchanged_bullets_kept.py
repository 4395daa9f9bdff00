"""A step that changes no bullet hands back the bullet (or group) it was given, not a copy, and a
Chinese bullet is not given what only an English one reads (issue #14: the same briefs, less work).
A step that does change one still copies it, the given one untouched."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

from citebrief.engines.cited_groups import _unlabelled
from citebrief.engines.cited_points import _read_around
from citebrief.engines.en_printed_order import printed_around
from citebrief.engines.zh_clause_stops import clause_stopped
from citebrief.model import Group, Point
from citebrief.segment import build_document

PAGE = ["各地要加强组织领导，层层压实责任；相关部门要密切跟踪落实情况。", "对成效明显的地区给予优先支持。"]


def test_a_group_with_no_bullet_to_stop_is_itself() -> None:
    document = build_document(PAGE, origin="test", title="方案")
    group = Group(title="落实", points=[Point(text="对成效明显的地区给予优先支持。", citations=[2])])
    assert clause_stopped(document, [group])[0] is group


def test_a_group_with_a_bullet_to_stop_is_a_copy_and_the_given_one_is_untouched() -> None:
    document = build_document(PAGE, origin="test", title="方案")
    point = Point(text="各地要加强组织领导，层层压实责任", citations=[1])
    group = Group(title="落实", points=[point])
    stopped = clause_stopped(document, [group])[0]
    assert stopped is not group
    assert stopped.points[0].text == "各地要加强组织领导，层层压实责任。"
    assert group.points[0] is point and point.text == "各地要加强组织领导，层层压实责任"


def test_a_bullet_without_the_titles_label_is_itself_and_one_with_it_a_copy() -> None:
    plain = Point(text="各地要加强组织领导，层层压实责任。", citations=[1])
    labelled = Point(text="窗户和阳台潜在危险：与其他房间相比，阳台更容易发生坠落。", citations=[2])
    kept, cut = _unlabelled([plain, labelled], "窗户和阳台潜在危险")
    assert kept is plain
    assert cut is not labelled and cut.text == "与其他房间相比，阳台更容易发生坠落。"
    assert labelled.text.startswith("窗户和阳台潜在危险：")


def _scored(lang: str) -> Any:
    return cast("Any", SimpleNamespace(lang=lang))


def test_a_chinese_bullet_reads_the_briefs_sentences_alone() -> None:
    everywhere = frozenset({0, 2, 5})
    groups = [[0, 2], [5]]
    scored = _scored("zh")
    scored.units = [SimpleNamespace(text="论坛28日开幕。")] * 6
    assert _read_around(scored, everywhere, groups, groups[1], 0) == (everywhere, frozenset(), None)
    # s280k: one whose sentence holds a day word ("当日") reads those printed above it, for its date
    scored.units = [SimpleNamespace(text="当日，市长致辞。")] * 6
    assert _read_around(scored, everywhere, groups, groups[1], 0) == (everywhere, frozenset({0, 2}), None)


def test_an_english_bullet_reads_what_the_brief_prints_above_it() -> None:
    everywhere = frozenset({0, 2, 5})
    groups = [[0, 2], [5]]
    expected = (everywhere, *printed_around(groups, groups[1], 0))
    assert _read_around(_scored("en"), everywhere, groups, groups[1], 0) == expected
    assert expected[1:] == (frozenset({0, 2}), 2)
