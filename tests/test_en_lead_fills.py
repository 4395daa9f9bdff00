"""A two-point English overview takes the first theme group's opening bullet told in its own
passage (engines/en_lead_fills.py), read of real shared-data articles as pasted."""

from __future__ import annotations

from citebrief.engines.en_lead_fills import _TURN, lead_filled
from citebrief.engines.scored import Draft
from conftest import cnndm_groups, group_opening, shared_groups


def test_the_videos_title_is_a_key_point() -> None:
    # the video's title opened "Liar's Poker" over the game the clip shows; that group keeps the game
    groups = cnndm_groups(108)
    assert any(text.startswith("The 10-second video, obtained by") for text in groups[0]), groups
    assert len(groups[0]) == 3, groups
    assert group_opening(groups, "In the clip, the two men")[0].startswith("In the clip"), groups


def test_an_opening_that_gave_its_group_the_title_stays() -> None:
    # Twyman's word on what the study looked at gave "Political Research": the group is about it
    groups = cnndm_groups(42)
    assert len(groups[0]) == 2, groups
    assert group_opening(groups, "Joe Twyman, YouGov")[0].startswith("Joe Twyman"), groups


def test_the_lead_passage_goes_on_among_the_key_points() -> None:
    egypt = shared_groups("en-xsum.jsonl", 150)  # what the win means, no longer opening "Shot on Target"
    assert any(text.startswith("The win means Egypt play Ghana") for text in egypt[0]), egypt
    act = shared_groups("en-xsum.jsonl", 115)  # what the ACT is, beside its cancellation
    assert any(text.startswith("The ACT is one of two entrance exams") for text in act[0]), act
    assert len(act[1]) >= 2, act


def test_an_opening_writing_the_whole_title_stays_where_the_rest_only_echo_it() -> None:
    # the survey's "most popular vegetables" gave "Popular Vegetables"; moved up, the group kept only a
    # caption's "vegetable" under that title (a blind reader marked the move worse)
    groups = shared_groups("en-xsum.jsonl", 25)
    assert len(groups[0]) == 2, groups
    assert group_opening(groups, "The survey, of about 1,000 parents")[0].startswith("The survey"), groups


def test_a_caption_piece_is_no_key_point() -> None:
    # "Black Panther in Captain America: Civil War" was a caption's piece no key point should take; the
    # sentence now stays whole (`caption_shapes._subtitle_ends`), and no group takes the piece
    groups = shared_groups("en-xsum.jsonl", 100)
    assert not any(text.startswith("Black Panther in Captain America") for group in groups for text in group), groups


def test_a_turn_to_another_thread_stays() -> None:
    # "Westwood, meanwhile, ..." opens Westwood's thread, not McIlroy's key points
    groups = shared_groups("en-xsum.jsonl", 116)
    assert not any(text.startswith("Westwood, meanwhile") for text in groups[0]), groups
    assert _TURN.search("Westwood, meanwhile, carded seven birdies") and _TURN.search("Meanwhile, others say")
    assert not _TURN.search("The survey, of about 1,000 parents, found")


def test_a_group_that_would_not_hang_together_gives_nothing() -> None:
    texts = [
        "Harry Whitlam died after Gary Green reversed the vehicle into him at the farm.",
        "Leeds Crown Court heard Green was over the driving limit.",
        "The court was told Green must have consumed 13 pints of beer.",
        "Harry's mother Pam Whitlam said her close-knit family had been changed forever.",
        "Green was jailed for 16 months and two weeks.",
    ]
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3, 4], "Green's Drinking")]
    assert not lead_filled(texts, [1, 1, 1, 2, 3], drafts)  # the mother's words beside the jailing
    assert drafts[0].picked == [0, 1] and drafts[1].picked == [2, 3, 4]
    texts[3] = "Green had been drinking at a party until the early hours."
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3, 4], "Green's Drinking")]
    assert lead_filled(texts, [1, 1, 1, 2, 3], drafts)
    assert drafts[1].picked == [3, 4] and drafts[0].picked == [0, 1, 2]
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3, 4], "Pints of Beer")]  # a title the opening gave
    assert not lead_filled(texts, [1, 1, 1, 2, 3], drafts)
