"""A late overview point with no thread of room changes places with a lead sentence that a
full thread holds (`en_lead_swap.py`)."""

from __future__ import annotations

from citebrief.engines.en_lead_swap import swap_late
from citebrief.engines.scored import Draft

ROUNDUP = [
    "Aduriz denied his old club victory with a last-gasp equaliser for Bilbao.",  # 0
    "Aduriz pounced in the 90th minute to secure a 1-1 draw at San Mames.",  # 1
    "Getafe moved ten points clear of the bottom three with a 1-0 win at Elche.",  # 2
    "Hinestroza scored the only goal at Elche five minutes from time.",  # 3
    "Espanyol handed Villarreal a sixth game without a win, 3-0 at El Madrigal.",  # 4
    "Caicedo scored twice for Espanyol against Villarreal.",  # 5
    "Asenjo spilled a cross to complete the misery of Villarreal.",  # 6
]


def _words(i: int) -> set[str]:
    return {w.strip(".,").casefold() for w in ROUNDUP[i].split() if len(w) > 4}


def _tie(i: int, group: Draft) -> float:
    return max(len(_words(i) & _words(j)) / len(_words(i)) for j in group.picked)


def _never(j: int, k: int) -> bool:
    return False


def test_a_late_point_takes_the_place_of_the_leads_result_in_a_full_thread() -> None:
    drafts = [Draft(None, [0, 6]), Draft(1, [1, 2, 3, 4])]
    assert swap_late(drafts, [6], _tie, _never) == 1
    assert drafts[0].picked == [0, 1]
    assert drafts[1].picked == [2, 3, 4, 6]


def test_it_stays_where_no_thread_shares_with_it_or_the_lead_would_repeat_itself() -> None:
    drafts = [Draft(None, [0, 6]), Draft(1, [1, 2, 3])]
    assert swap_late(drafts, [6], lambda i, group: 0.0, _never) == 0
    assert swap_late(drafts, [6], _tie, lambda j, k: True) == 0
    assert drafts[0].picked == [0, 6]


def test_a_thread_with_no_lead_sentence_keeps_its_bullets() -> None:
    drafts = [Draft(None, [0, 6]), Draft(1, [3, 4, 5])]
    assert swap_late(drafts, [6], _tie, _never) == 0
    assert drafts[1].picked == [3, 4, 5]
