"""An English theme whose bullets relate to no one another folds, whole, into the group they
share most with, else the group before it; only where that group has room and two theme groups
stay (`engines/en_folds.py`)."""

from __future__ import annotations

from citebrief.engines.en_folds import fold_unrelated
from citebrief.engines.en_groups import similarity
from citebrief.engines.scored import Draft

# bullets 0-1 of a transfer fee, 2 of the fee's buyer, 3 a remark, 4-5 of the next match
WEIGHTS = {
    0: {"fee": 2.0, "transfer": 1.0},
    1: {"fee": 2.0, "club": 1.0},
    2: {"buyer": 2.0, "fee": 0.5},
    3: {"weather": 2.0},
    4: {"match": 2.0, "sunday": 1.0},
    5: {"match": 2.0, "goal": 1.0},
    6: {"crowd": 2.0},
}
NOBODY = dict.fromkeys(range(7), "")


def _fold(drafts: list[Draft], who: dict[int, str] = NOBODY, max_group: int = 5) -> list[list[int]]:
    return [d.picked for d in fold_unrelated(drafts, WEIGHTS, who, similarity, min_groups=2, max_group=max_group)]


def test_a_group_of_unrelated_bullets_folds_whole_into_the_group_it_shares_with() -> None:
    drafts = [Draft(1, [0, 1]), Draft(2, [2, 3]), Draft(3, [4, 5])]
    assert _fold(drafts) == [[0, 1, 2, 3], [4, 5]]  # the remark goes with the buyer: one fold


def test_a_group_that_shares_nothing_anywhere_folds_into_the_group_before() -> None:
    drafts = [Draft(1, [0, 1]), Draft(2, [3, 6]), Draft(3, [4, 5])]
    assert _fold(drafts) == [[0, 1, 3, 6], [4, 5]]  # the weather and the crowd: nothing anywhere
    assert _fold([Draft(1, [0, 1]), Draft(2, [3]), Draft(3, [4, 5])]) == [[0, 1], [3], [4, 5]]  # one is no group


def test_related_groups_and_the_last_two_stay() -> None:
    assert _fold([Draft(1, [0, 1]), Draft(2, [4, 5])]) == [[0, 1], [4, 5]]
    assert _fold([Draft(1, [0, 1]), Draft(2, [2, 3]), Draft(3, [4, 5])], max_group=3) == [[0, 1], [2, 3], [4, 5]]


def test_one_persons_bullets_are_related() -> None:
    who = {**NOBODY, 2: "Moore", 3: "Moore"}
    drafts = [Draft(1, [0, 1]), Draft(2, [2, 3]), Draft(3, [4, 5])]
    assert _fold(drafts, who) == [[0, 1], [2, 3], [4, 5]]


def test_a_sentence_and_the_next_fold_only_where_they_share() -> None:
    # 3 and 4 read on in one paragraph (en-cnndm 199's closing words on the press): no group
    # shares a word with them, so they stay a group of their own rather than go to the one before
    paragraphs = [1, 1, 2, 3, 3, 4, 4]
    weights = {0: {"fee": 2.0}, 1: {"fee": 1.0}, 3: {"rain": 2.0}, 4: {"press": 2.0}}
    weights |= {5: {"match": 2.0}, 6: {"match": 1.0}}
    drafts = [Draft(1, [0, 1]), Draft(2, [3, 4]), Draft(3, [5, 6])]
    folded = fold_unrelated(drafts, weights, NOBODY, similarity, min_groups=2, max_group=5, paragraphs=paragraphs)
    assert [d.picked for d in folded] == [[0, 1], [3, 4], [5, 6]]
    # without the paragraphs (or a paragraph apart) the same group folds into the one before
    drafts = [Draft(1, [0, 1]), Draft(2, [3, 4]), Draft(3, [5, 6])]
    folded = fold_unrelated(drafts, weights, NOBODY, similarity, min_groups=2, max_group=5)
    assert folded[0].picked == [0, 1, 3, 4]
    # one that shares with a group folds there still, reading on or not
    drafts = [Draft(1, [0, 1]), Draft(2, [2, 3]), Draft(3, [4, 5])]
    paragraphs = [1, 1, 2, 2, 3, 3]
    folded = fold_unrelated(drafts, WEIGHTS, NOBODY, similarity, min_groups=2, max_group=5, paragraphs=paragraphs)
    assert [d.picked for d in folded] == [[0, 1, 2, 3], [4, 5]]
