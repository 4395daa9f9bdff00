"""A Chinese news bullet that turns on the sentence before it ("但同时，……") goes to that
sentence's group (engines/zh_turn_pairs.py, called from engines/final_groups.py), read on a
zh-news article and on short texts."""

from __future__ import annotations

from citebrief.engines.scored import Draft
from citebrief.engines.zh_turn_pairs import _TURN, join_group
from conftest import group_opening, shared_groups


def test_the_concession_stands_with_the_finding_it_answers() -> None:
    # "……医药领域行业风气持续向好。" in one group, "但同时，医药领域腐败问题依然存在……" in another
    groups = shared_groups("zh-news.jsonl", 111)
    finding = group_opening(groups, "国家卫生健康委表示，伴随全面从严治党")
    assert any(text.startswith("但同时，医药领域腐败问题依然存在") for text in finding), groups
    assert all(len(group) >= 2 for group in groups), groups


def test_the_turn_words() -> None:
    assert _TURN.match("但同时，医药领域腐败问题依然存在。")
    assert _TURN.match("然而，进展并不均衡。")
    assert _TURN.match("同时，还将开展培训。")
    assert not _TURN.match("同时段的客流达到高峰。")  # a word, not a turn
    assert not _TURN.match("国家卫生健康委表示，风气持续向好。")


def test_a_bullet_joins_the_overview_after_the_point_before_it() -> None:
    drafts = [Draft(None, [0, 5, 2]), Draft(1, [3, 4, 8])]
    join_group(drafts, 3, 1, 0)
    assert drafts[0].picked == [0, 5, 2, 3] and drafts[1].picked == [4, 8]
    join_group(drafts, 2, 0, 1)
    assert drafts[1].picked == [2, 4, 8]


def test_a_turn_the_trim_took_away_still_joins_the_sentence_before_it() -> None:
    # the article's "同时，加强值班值守……" is trimmed to "加强值班值守……": it goes on from the
    # provincial office's steps, not from the overview's rainfall (zh-news 3), and `zh_named_edges`
    # leaves it there though the next group also says "暴雨预警"
    groups = shared_groups("zh-news.jsonl", 3)
    office = group_opening(groups, "为积极应对降雨过程")
    assert any(text.startswith("加强值班值守") for text in office), groups
    assert not any(text.startswith("加强值班值守") for text in groups[0]), groups
