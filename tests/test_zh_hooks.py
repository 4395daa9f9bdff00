"""A Chinese feature's opening hook (text/zh_hooks.py, its table text/data/zh_hooks.tsv) gives the
overview's title no subject (engines/overview_titles.py) and leaves the brief for the sentences after
it (engines/zh_hook_drops.py)."""

from __future__ import annotations

import re

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.zh_hooks import HookRow, hook_rows, is_hook, lead_past_hook, opening_hooks, past_turn
from conftest import shared_group_titles, shared_groups


@pytest.mark.parametrize("row", hook_rows(), ids=[row.name for row in hook_rows()])
def test_each_row_finds_a_hook_in_its_example(row: HookRow) -> None:
    assert re.search(row.regex, row.example), row.name
    assert is_hook(row.example), row.name


# a second sentence per row, written here, of the row's general shape (not its example's words)
_SHAPES = {
    "nothing-beats": "要说这几年变化最大的地方，莫过于城东那片老街。",
    "everyone-feels": "看着同龄人一个个成家立业，相信很多人都曾有过一丝焦虑。",
    "do-you-remember": "您还记得第一次坐火车出远门时的心情吗？",
    "have-you-ever": "你有没有想过，每天扔掉的剩饭都去了哪里？",
}


def test_every_row_has_a_shape_written_here() -> None:
    assert set(_SHAPES) == {row.name for row in hook_rows()}


@pytest.mark.parametrize(("name", "sentence"), sorted(_SHAPES.items()))
def test_each_row_is_a_general_shape(name: str, sentence: str) -> None:
    regex = next(row.regex for row in hook_rows() if row.name == name)
    assert re.search(regex, sentence), name
    assert is_hook(sentence), name


def test_a_hook_gives_no_figure_and_a_news_lead_is_none() -> None:
    assert not is_hook("要说今年最热的一天，莫过于7月12日。")  # a figure is news however it is put
    assert not is_hook("记者从市交通局获悉，地铁3号线将于下月开通。")
    assert not is_hook("会上，他表示相信每个人都要扛起责任。")  # "每个人都" with no "会/曾/有" asks no one to feel


def test_a_hook_in_someone_s_quotation_is_none() -> None:
    # "相信……都会" is the everyone-feels row's shape; said inside quotation marks it is an official's
    # words, news of what they said, not the writer's way in
    assert is_hook("相信大家都会记住这一天。")
    assert not is_hook("“相信大家都会记住这一天。”市长说。")
    assert not is_hook("市长说：“相信大家都会记住这一天。”")
    assert not is_hook("“相信大家都会记住这一天。")  # the quotation goes on past the sentence
    assert is_hook("要说今年最火的词，莫过于“双减”。")  # a quoted word after the hook's own words


_OPENING = [
    "要说这几年变化最大的地方，莫过于城东那片老街。",
    "眼看着一栋栋新楼拔地而起，恐怕每个人心里都会有些不舍。",
    "真要把老街原样留下来并不现实，但若是把老房子改成社区书屋，街坊们的回忆就有了去处。",
    "社区书屋已于上月开放。",
]


def test_only_hooks_from_the_first_sentence_count() -> None:
    assert opening_hooks(_OPENING) == 2
    assert opening_hooks(_OPENING[2:]) == 0
    assert opening_hooks(["社区书屋已于上月开放。", *_OPENING]) == 0  # a hook past the opening is no hook


def test_the_sentence_after_the_hooks_speaks_past_its_turn() -> None:
    assert past_turn(_OPENING[2]) == "若是把老房子改成社区书屋，街坊们的回忆就有了去处。"
    assert past_turn(_OPENING[3]) == _OPENING[3]  # no turn: the whole sentence
    assert lead_past_hook(_OPENING, _OPENING[:3]) == [past_turn(_OPENING[2])]
    assert lead_past_hook(_OPENING[2:], _OPENING[2:]) is None  # no hook: the lead as it was


_STORY = (
    "要说这个冬天最让人怀念的，莫过于小时候外婆家那只咕嘟作响的砂锅。"
    "眼看着窗外的雪越下越大，恐怕每个人心里都会想起一碗热气腾腾的汤。"
    "真要回到那样的灶台边已经不太可能，但若是学会几道简单的炖汤，在自家厨房里暖胃就容易多了。"
    "炖汤的第一步是选对食材。"
    "排骨、老母鸡和牛腩都是适合炖汤的食材，肉质紧实，久炖不散。"
    "食材买回来以后，要先用冷水浸泡一个小时，去掉血水，炖出来的汤才会清澈。"
    "炖汤的火候同样重要。"
    "大火烧开以后要立刻转成小火，让汤保持微微冒泡的状态，慢炖两到三个小时。"
    "如果火太大，汤会变得浑浊，肉也容易变柴。"
    "炖汤时加盐的时机也有讲究。"
    "盐最好在出锅前十分钟再放，过早放盐会让肉质变硬，汤的鲜味也出不来。"
    "除了盐以外，炖汤时还可以加几片生姜和一小把枸杞，既能去腥，又能让汤的味道更加醇厚。"
    "砂锅是炖汤最好的器具，它受热均匀，保温时间长，炖出来的汤味道更浓。"
    "新买的砂锅第一次使用之前，要先用米汤煮一遍，这样可以防止砂锅开裂。"
)


def test_the_hooks_are_no_bullets_of_a_story_written_here() -> None:
    brief = draft_extractive(document_from_text(_STORY, origin="hook", kind="text"))
    bullets = [point.text for group in brief.groups for point in group.points]
    assert not any(text.startswith(("要说", "眼看着")) for text in bullets)
    assert brief.groups[0].points[0].text.startswith("真要回到")  # the overview opens where the writer comes in
    assert len(brief.groups[0].points) >= 2


def test_a_shared_feature_is_titled_past_its_hook() -> None:
    # zh-clts 6 opens on the winter games' athletes ("要说……莫过于……冬奥会", "眼看着……恐怕每个人心里都会……"),
    # then comes to getting in shape by eating and moving: titled "冰雪运动" from the scene before
    assert shared_group_titles("zh-clts.jsonl", 6)[0] == "核心要点：身材"  # what "若是……把身材练好……" comes to
    assert not any(text.startswith(("要说", "眼看着")) for text in shared_groups("zh-clts.jsonl", 6)[0])
