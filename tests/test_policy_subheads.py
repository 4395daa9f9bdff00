"""A policy paragraph's unnumbered subheading quoted as a bullet (zh-policy 25, "开展建筑垃圾治理，提高源头
减量及资源化利用水平。" [33], a task line heading the sentences that say what is done) gives way to the
first sentence under it (engines/policy_subheads.py)."""

from __future__ import annotations

from citebrief.engines.policy_subheads import is_subhead, subheads_give_way
from citebrief.engines.scored import Draft
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.data_files import data_lines
from conftest import shared_article
from scored_builder import zh_scored

_HEAD = "开展建筑垃圾治理，提高源头减量及资源化利用水平。"
_FIRST = "摸清建筑垃圾产生现状和发展趋势，加强建筑垃圾全过程管理。"
_PARAGRAPH = [_HEAD, _FIRST, "强化规划引导，合理布局建筑垃圾转运调配、消纳处置和资源化利用设施。"]


def test_zh_policy_25s_subheading_gives_way_to_the_first_sentence_under_it() -> None:
    document = document_from_text(shared_article("zh-policy.jsonl", 25), origin="x", kind="text")
    points = [p for g in draft(document).groups for p in g.points]
    assert not any(p.text == _HEAD for p in points)
    assert [p.citations for p in points if p.text == _FIRST] == [[33]]


def test_a_subheading_opens_a_paragraph_of_three_sentences_on_a_task_verb() -> None:
    scored = zh_scored([["到2020年，秸秆综合利用率达到85%以上。"], _PARAGRAPH, [_HEAD, _FIRST]])
    assert is_subhead(scored, 1)
    assert not is_subhead(scored, 0)  # a figure: a target, no heading
    assert not is_subhead(scored, 2)  # not its paragraph's first sentence
    assert not is_subhead(scored, 4)  # two sentences: no section under it
    named = zh_scored([["专用号牌分为汽车号牌和摩托车号牌两种。", _FIRST, _FIRST]])
    assert not is_subhead(named, 0)  # a subject first: a statement
    assert "开展" in data_lines("zh_subhead_verbs.tsv")


def test_the_stand_in_is_the_first_unsaid_sentence_under_it_and_the_group_keeps_its_order() -> None:
    scored = zh_scored([["统筹城市发展与固体废物管理，优化产业结构布局，推动产业绿色转型升级。"], _PARAGRAPH])
    group = Draft(theme=1, picked=[0, 1])
    chosen = [0, 1]
    subheads_give_way(scored, [group], chosen)
    assert group.picked == [0, 2] and chosen == [0, 2]
    said = Draft(theme=1, picked=[1, 2])  # the first sentence under it already said: the next one
    chosen = [1, 2]
    subheads_give_way(scored, [said], chosen)
    assert said.picked == [2, 3] and sorted(chosen) == [2, 3]
