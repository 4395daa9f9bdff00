"""Two neighbouring English theme groups whose runs cut through a passage are re-cut at its edge
where their shared rare words change there (engines/en_strand_recuts.py), read on en-cnndm
articles."""

from __future__ import annotations

from conftest import cnndm_groups, group_opening


def test_the_followers_disbelief_goes_with_the_comment_on_that_picture() -> None:
    # passage 3 was cut in two: the Instagram picture closed the Disney looks, the follower's
    # comment on it opened the tutorials; the re-cut falls between passages 2 and 3
    groups = cnndm_groups(148)
    disney = group_opening(groups, "This isn't the first time she has transformed herself")
    assert not any(text.startswith("When she posted a picture") for text in disney), groups
    comment = group_opening(groups, "One commented:")
    assert any(text.startswith("When she posted a picture") for text in comment), groups
    # 12 since the opening hook "It's amazing what a bit of make-up can do" is no bullet (en_hook_drops)
    assert sum(len(group) for group in groups) == 12, groups


def test_a_weak_turn_keeps_the_runs_cut() -> None:
    # passage 5 is cut in two (the injuries close the game's build-up, Ramsey opens his group):
    # the team news shares as little with Ramsey as with the build-up, and the cut stays
    groups = cnndm_groups(41)
    ramsey = group_opening(groups, "Sherwood faces his friend and former Tottenham assistant")
    assert not any(text.startswith("Sherwood is without Alan Hutton") for text in ramsey), groups
    assert len(ramsey) == 3, groups


def test_a_pair_cut_between_passages_keeps_its_cut() -> None:
    # the photographer's groups (en-cnndm 7) are cut between passages 3 and 4: the chickens in
    # Sapa stay with Lee Thompson's scooter, whatever a cut elsewhere would score
    groups = cnndm_groups(7)
    scooter = group_opening(groups, "Lee Thompson's seen plenty")
    assert any("20 live chickens" in text for text in scooter), groups
