"""The engine's "same point" figures (citebrief.engines.scored): the figures of a bullet are read
once a brief, however often MMR compares it."""

from __future__ import annotations

import dataclasses

from citebrief.engines.scored import (
    AFTER,
    BEFORE,
    Draft,
    all_held,
    carries_bullet_before,
    figures_in,
    neighbour_in_reach,
    next_to,
    ownfigures_in,
    swap_everywhere,
)
from citebrief.text.numbers import find_quantities
from citebrief.text.tokenize import new_brief
from scored_builder import zh_scored


def test_figures_are_the_quantities_keys() -> None:
    text = "到2025年，新建充电桩300万个，覆盖率达到95%。"
    assert figures_in(text) == frozenset(q.key for q in find_quantities(text))
    assert figures_in(text)  # figures there are
    assert figures_in("加快建设全国统一电力市场。") == frozenset()


def test_figures_are_read_once_a_brief() -> None:
    new_brief()
    text = "清明节：4月5日放假，共1天。"
    first = figures_in(text)
    assert figures_in(text) is first  # kept: MMR asks of every chosen bullet at each pick
    new_brief()
    again = figures_in(text)
    assert again == first and again is not first  # a new brief reads it anew


def test_own_figures_tell_parallel_items_apart() -> None:
    new_brief()
    assert ownfigures_in("清明节：4月5日放假。", ["端午节：6月7日放假。"])  # two dates: two points
    assert not ownfigures_in("清明节：4月5日放假。", ["清明节4月5日放假调休。"])  # the same date
    assert not ownfigures_in("加快建设全国统一电力市场。", ["端午节：6月7日放假。"])  # no figure of its own


def test_draft_edits_keep_article_order_and_the_chosen_list() -> None:
    """add/drop/swap keep `chosen` (every group's sentences) in step; move hands a bullet to
    another group in its article place and leaves `chosen` alone."""
    overview, theme = Draft(None, [1, 7]), Draft(0, [3, 9])
    chosen = [1, 7, 3, 9]
    theme.add(5, chosen)
    assert theme.picked == [3, 5, 9] and chosen == [1, 7, 3, 9, 5]
    overview.move(7, theme)
    assert overview.picked == [1] and theme.picked == [3, 5, 7, 9]
    theme.swap(9, 2, chosen)
    assert theme.picked == [2, 3, 5, 7] and 9 not in chosen and 2 in chosen
    overview.swap(1, 8, chosen, in_order=False)
    theme.drop(3, chosen)
    assert overview.picked == [8] and theme.picked == [2, 5, 7] and sorted(chosen) == [2, 5, 7, 8]


def test_a_neighbour_is_in_reach_in_its_paragraph_or_the_next_passage_on_its_side() -> None:
    scored = zh_scored([["甲说，", "“一。”"], ["“二。”", "乙说，"]])
    one, two, three, four = scored.units
    assert neighbour_in_reach(scored, one, two, BEFORE) and neighbour_in_reach(scored, four, three, AFTER)
    assert not neighbour_in_reach(scored, three, two, AFTER)  # another paragraph is its own point
    cut = dataclasses.replace(scored, passages=True)  # one block cut into passages
    assert neighbour_in_reach(cut, three, two, AFTER) and neighbour_in_reach(cut, two, three, BEFORE)
    assert not neighbour_in_reach(cut, three, two, BEFORE)  # the wrong side
    headed = dataclasses.replace(cut, units=[one, two, dataclasses.replace(three, heading=True), four])
    assert not neighbour_in_reach(headed, headed.units[2], two, AFTER)  # a heading says nobody's words
    assert next_to(headed, headed.units[2], two, AFTER)  # ... though it opens the next passage


def test_a_placed_sentence_is_added_or_takes_the_old_bullets_place() -> None:
    chosen = [1, 5, 9]
    group = Draft(0, [5, 9])
    group.take(7, None, chosen)  # no bullet to replace: one more, in article order
    assert group.picked == [5, 7, 9] and chosen == [1, 5, 9, 7]
    group.take(2, 9, chosen)  # in 9's place, the group read in article order
    assert group.picked == [2, 5, 7] and chosen == [1, 5, 2, 7]
    overview, lead = Draft(None, [6, 3]), [6, 3]
    overview.take(4, 6, lead, in_order=False)  # the overview keeps its own order
    assert overview.picked == [4, 3] and lead == [4, 3]


def test_a_sentence_swapped_everywhere_takes_the_old_ones_place_in_its_group() -> None:
    overview, group, chosen = Draft(None, [2, 8]), Draft(0, [4, 6]), [2, 8, 4, 6]
    swap_everywhere([overview, group], chosen, 6, 3)
    assert overview.picked == [2, 8] and group.picked == [3, 4] and chosen == [2, 8, 4, 3]


def test_a_sentence_carries_the_bullet_before_where_read_with_it_it_says_all_that_one_does() -> None:
    reward, more = "对举报人予以奖励。", "另有规定。"
    scored = zh_scored([[reward, reward + "其中，最高奖励3万元。", more], [more + "其中……"]])
    assert carries_bullet_before(scored, [0], 1)
    assert not carries_bullet_before(scored, [], 1)  # the sentence before is no bullet
    assert not carries_bullet_before(scored, [1], 2)  # it says something else
    assert not carries_bullet_before(scored, [2], 3)  # another paragraph


def test_every_sentence_a_group_holds_is_chosen_again() -> None:
    """A refill that left `chosen` behind: the sentence it added is held again, once (`all_held`)."""
    chosen = [0, 5, 9]  # 9: a bullet since given up, still counted
    drafts = [Draft(None, [0, 2]), Draft(0, [3, 5])]
    assert all_held(drafts, chosen) is drafts
    assert sorted(chosen) == [0, 2, 3, 5, 9]
