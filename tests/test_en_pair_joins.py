"""An English group of two bullets that names no one and nothing new joins the group before it
(engines/en_pair_joins.py), read on en-cnndm articles and short texts."""

from __future__ import annotations

from citebrief.engines.en_pair_joins import join_pair
from citebrief.engines.scored import Draft
from conftest import cnndm_groups, group_opening


def test_the_footage_of_an_arrest_joins_the_arrest() -> None:
    # "In the footage, Adeli is asked ..." and the officer's words were a group of two after the
    # arrest and its video: one strand, one group of five
    groups = cnndm_groups(2)
    arrest = group_opening(groups, "The video of his arrest")
    assert any(text.startswith("In the footage, Adeli") for text in arrest), groups
    assert any(text.startswith("The officer says") for text in arrest), groups
    assert len(arrest) == 5 and len(groups) == 3, groups
    # a playboy's headlines join his later troubles: one group on what he is known for (who he is
    # stands in the key points, where the verbless "An avid interest in poker, …" stood)
    groups = cnndm_groups(108)
    playboy = group_opening(groups, "Blizerian made headlines last year")
    assert any(text.startswith("The bad boy of Instagram") for text in playboy), groups
    assert len(playboy) == 3, groups


def test_a_pair_that_brings_in_a_name_or_turns_away_stays() -> None:
    # the other match (Carter against Robertson) is not O'Sullivan's warning
    groups = cnndm_groups(48)
    carter = group_opening(groups, "Ali Carter continued to struggle")
    assert len(carter) == 2 and not any("O'Sullivan" in text for text in carter), groups
    # "In a separate development, ISIS has announced ..." is a thread of its own
    groups = cnndm_groups(120)
    # s50h: the turn heading its group is dropped (en_turn_words.without_thread_turn); the test still guards the group
    nurses = group_opening(groups, "ISIS has announced that all nurses")
    assert nurses[0].startswith("ISIS has announced that all nurses") and len(nurses) == 3, groups
    # s270h: the NHS comparison ("The latter rule is something that even the NHS …") follows its rules in the thread
    assert nurses[2].startswith("The latter rule is something that even the NHS"), groups


def _drafts(*groups: list[int]) -> list[Draft]:
    return [Draft(None if n == 0 else n, list(picked)) for n, picked in enumerate(groups)]


TEXTS = [
    "Police arrested a man in Leeds on Monday.",  # 0: overview
    "The man, John Smith, was held at a station in Leeds.",  # 1
    "The video of his arrest was posted on Facebook.",  # 2
    "It was viewed more than 10,000 times.",  # 3
    "In the footage, Smith looks up in disbelief.",  # 4
    "The officer tells him why he is arrested.",  # 5
    "In a separate case, Mary Jones was fined in York.",  # 6
    "She paid the fine the same day.",  # 7
    "Smith appeared in court on Friday.",  # 8
    "He was jailed for two years.",  # 9
]


def test_a_pair_naming_nothing_new_joins_the_group_before() -> None:
    drafts = _drafts([0], [1, 2, 3], [4, 5], [8, 9])
    assert join_pair(TEXTS, drafts)
    assert [d.picked for d in drafts] == [[0], [1, 2, 3, 4, 5], [8, 9]]


def test_a_pair_stays_where_it_names_someone_new_turns_or_too_few_groups_stay() -> None:
    drafts = _drafts([0], [1, 2, 3], [6, 7], [8, 9])  # Mary Jones and York are new
    assert not join_pair(TEXTS, drafts)
    turning = [*TEXTS[:4], "Meanwhile, the officer went home.", *TEXTS[5:]]
    assert not join_pair(turning, _drafts([0], [1, 2, 3], [4, 5], [8, 9]))
    assert not join_pair(TEXTS, _drafts([0], [1, 2, 3], [4, 5]))  # one theme group would be left
    assert not join_pair(TEXTS, _drafts([0], [1, 2, 3, 8], [4, 5], [6, 7, 9]))  # five at most, in order
