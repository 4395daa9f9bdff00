"""A bullet on a Chinese feature's opening hook gives its place to a sentence after the hooks that
no group holds (engines/zh_hook_drops.py); the sentences are written for these tests."""

from __future__ import annotations

from citebrief.engines.scored import Draft
from citebrief.engines.zh_hook_drops import without_zh_hook_bullets
from scored_builder import zh_scored

_ARTICLE = [
    ["要说这几年变化最大的地方，莫过于城东那片老街。"],
    ["社区书屋已于上月开放。", "书屋藏书两万册，每天开放十二小时。"],
    ["街道还计划在老街开设三家社区食堂。", "第一家食堂将于明年春天营业。"],
]


def test_the_hook_gives_its_place_to_the_first_sentence_after_it() -> None:
    drafts = [Draft(None, [0, 3])]
    assert [d.picked for d in without_zh_hook_bullets(zh_scored(_ARTICLE), drafts, [0, 3])] == [[1, 3]]


def test_a_sentence_a_group_holds_is_no_replacement_though_chosen_misses_it() -> None:
    # the group holds sentence 1 (a step added it beside the overview's picks, not to `chosen`):
    # the hook's place goes to sentence 2, so that no sentence is said twice
    drafts = [Draft(None, [0, 3]), Draft(1, [1, 4])]
    got = without_zh_hook_bullets(zh_scored(_ARTICLE), drafts, [0, 3])
    assert [d.picked for d in got] == [[2, 3], [1, 4]]
