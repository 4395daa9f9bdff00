"""An English overview and a theme group titled alike, each holding the other's strand, trade
bullets (engines/en_lead_twin_trades.py), read on shared articles and short drafts."""

from __future__ import annotations

from citebrief.engines.en_lead_twin_trades import lead_twins_traded
from citebrief.engines.scored import Draft
from conftest import cnndm_groups, group_opening, shared_group_titles

_TEXTS = ["The player made a rude gesture. The referee warned him."]
_BULLETS = [
    "The player made a rude gesture during his match against Stevens",
    "He built a commanding twelve-four lead before the closing session",
    "The referee warned the player about his rude gesture",
    "The referee noticed the rude gesture and spoke to the player",
    "Armed with a five-three lead from the opening session he pulled further ahead",
]


def _drafts(group_title: str = "Hand Gesture") -> list[Draft]:
    return [Draft(None, [0, 1, 2], "Key points: Rude Gesture"), Draft(0, [3, 4], group_title)]


def test_the_gesture_goes_up_and_the_match_score_makes_its_own_group() -> None:
    # en-cnndm 48: "Key points: Ronnie O'Sullivan's Rude Gesture" held the 12-4 score and "Hand
    # Gesture" the referee's warning beside the 5-3 score: the warning goes up, the scores pair
    groups = cnndm_groups(48)
    assert any(text.startswith("Marteel approached O'Sullivan") for text in groups[0]), groups
    assert any(text.startswith("The warning from Marteel") for text in groups[0]), groups
    score = group_opening(groups, "On the table the five-time world champion")
    assert len(score) == 2 and score[1].startswith("Armed with a 5-3 lead"), groups
    assert "Hand Gesture" not in shared_group_titles("en-cnndm.jsonl", 48)


def test_a_short_draft_trades_its_strands() -> None:
    drafts = _drafts()
    assert lead_twins_traded(drafts, _TEXTS, _BULLETS) is drafts[1]
    assert drafts[0].picked == [0, 2, 3] and drafts[1].picked == [1, 4] and drafts[1].title == ""


def test_titles_that_do_not_repeat_trade_nothing() -> None:
    drafts = _drafts("Match Score")
    assert lead_twins_traded(drafts, _TEXTS, _BULLETS) is None
    assert drafts[0].picked == [0, 1, 2] and drafts[1].picked == [3, 4]


def test_an_overview_that_would_pass_four_points_trades_nothing() -> None:
    drafts = [Draft(None, [0, 1, 2], "Key points: Rude Gesture"), Draft(0, [3, 4, 5, 6], "Hand Gesture")]
    said = [
        "The referee said the rude gesture was the end of the matter",
        "The referee said a repeat of the rude gesture would cost the player a frame",
    ]
    bullets = [*_BULLETS, *said]
    assert lead_twins_traded(drafts, _TEXTS, bullets) is None


def test_a_group_bullet_nearer_the_going_point_trades_nothing() -> None:
    # the group's other bullet shares the score's words, not the gesture's: one strand, it stays
    bullets = [*_BULLETS[:3], "The twelve-four lead left him needing one frame in the closing session", _BULLETS[4]]
    drafts = _drafts()
    assert lead_twins_traded(drafts, _TEXTS, bullets) is None


def test_a_middle_bullet_of_the_other_strand_trades_nothing() -> None:
    # en-cnndm 163 (cut as the benches cut it): the pair's bullet stood between two it ran on with
    # ("Earlier this month …" before "Christie said then …"); its going would split the run
    said = "The referee said a repeat of the rude gesture would cost the player a frame"
    drafts = [Draft(None, [0, 1, 2], "Key points: Rude Gesture"), Draft(0, [3, 4, 5], "Hand Gesture")]
    assert lead_twins_traded(drafts, _TEXTS, [*_BULLETS[:3], _BULLETS[3], _BULLETS[4], said]) is None
    drafts = [Draft(None, [0, 1, 2], "Key points: Rude Gesture"), Draft(0, [3, 4, 5], "Hand Gesture")]
    assert lead_twins_traded(drafts, _TEXTS, [*_BULLETS[:3], _BULLETS[3], said, _BULLETS[4]]) is drafts[1]
