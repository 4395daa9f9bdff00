"""zh_handled_remark_title: a title one bullet writes only as its detail gives way to what the group
reports: a quoted thing a verb and a measure word take ("取出一个“铁疙瘩”") to the act the article
dwells on ("拆卸检修"), one speaker's word ("网络时代" after 表示) to the event the remarks were made
at ("座谈会"); a thing not counted, an act the article says little, a pair, or remarks at no named
event keep the title."""

from __future__ import annotations

from citebrief.text.data_files import data_lines
from citebrief.text.zh_handled_remark_title import handled_remark_titles

_REPAIR = ["老李打开外壳，松开卡扣，伸手摸索螺丝。", "拆卸完毕后，老李取出一个“铁疙瘩”，用刷子清理干净。"]
_WORKSHOP = [
    "车间里很热，老李正在对水泵进行拆卸检修。检修水泵要先断电。",
    "老李打开外壳，松开卡扣，伸手摸索螺丝。拆卸完毕后，老李取出一个“铁疙瘩”，用刷子清理干净。",
    "每次拆卸都要仔细，检修结束后还要试机。",
    "一年来，老李检修水泵上百台，拆卸零件无数。",
]
_TALKS = [
    "张三、李四等嘉宾参加了本次座谈会，围绕新书展开讨论。",
    "李四以当下网络时代为出发点表示，技术再变，也改变不了内容为王的网络时代。",
    "王五在会上介绍了新书的创作初衷。",
]


def _titled(title: str, bullets: list[str], article: list[str]) -> str:
    used = {title.casefold()}
    return handled_remark_titles([title], [(bullets, bullets)], article, used)[0]


def test_a_quoted_thing_one_bullet_handles_gives_way_to_the_act() -> None:
    used = {"铁疙瘩"}
    assert handled_remark_titles(["铁疙瘩"], [(_REPAIR, _REPAIR)], _WORKSHOP, used) == ["拆卸检修"]
    assert used == {"拆卸检修"}


def test_a_thing_not_counted_or_an_act_said_little_keeps_the_title() -> None:
    loose = [_REPAIR[0], "拆卸完毕后，老李发现了“铁疙瘩”，用刷子清理干净。"]
    assert _titled("铁疙瘩", loose, _WORKSHOP) == "铁疙瘩"
    assert _titled("铁疙瘩", _REPAIR, _WORKSHOP[:2]) == "铁疙瘩"


def test_one_remark_word_gives_way_to_the_event_spoken_at() -> None:
    assert _titled("网络时代", _TALKS, _TALKS) == "座谈会"


def test_a_pair_or_remarks_at_no_named_event_keep_the_title() -> None:
    assert _titled("网络时代", _TALKS[1:], _TALKS) == "网络时代"
    unnamed = ["张三、李四等嘉宾参加了本次活动。", *_TALKS[1:]]
    assert _titled("网络时代", unnamed, unnamed) == "网络时代"
    assert _titled("新书", _TALKS, _TALKS) == "新书"  # two bullets write it


def test_the_tables_list_light_verbs_and_talk_events() -> None:
    assert {"进行", "完毕"} <= set(data_lines("zh_light_verbs.tsv"))
    assert {"研讨会", "座谈会", "论坛"} <= set(data_lines("zh_talk_events.tsv"))
