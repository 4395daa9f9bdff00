"""A crowded group's last bullet opens the last group of two (engines/en_tail_edges.py), and a
leaning bullet's antecedent goes down rather than crowd the group before
(engines/en_antecedent_next.py), read on en-cnndm articles and short texts."""

from __future__ import annotations

from citebrief.engines.en_tail_edges import crowds, ease_tail, reads_on
from citebrief.engines.scored import Draft
from conftest import cnndm_groups, group_opening


def test_a_crowded_groups_last_bullet_opens_the_last_group_of_two() -> None:
    # Hammond not returning after Clarkson's sacking goes with the assault that led to it, and
    # the crew's flight, the stoning and the ambassador's row keep a group of four
    groups = cnndm_groups(12)
    sacking = group_opening(groups, "Hammond, 45, has joined May")
    assert groups[-1] == sacking, groups
    assert any(text.startswith("Olsin Tymon had his lip split") for text in sacking), groups
    assert len(group_opening(groups, "Clarkson, 55, and co-hosts")) == 4, groups
    # the manager meeting the rival boss heads the rival boss's group
    groups = cnndm_groups(41)
    rival = group_opening(groups, "Sherwood faces his friend")
    assert rival[0].startswith("Sherwood faces his friend") and groups[-1] == rival, groups
    assert all(3 <= len(group) <= 4 for group in groups[1:]), groups


def test_a_leaning_bullets_antecedent_goes_down_rather_than_crowd_the_group_before() -> None:
    # "He found national fame ..." leans on "Mr Hardy ... worked with top actors": both tell
    # his acting career with his later roles, not under the auctioneer
    groups = cnndm_groups(123)
    career = group_opening(groups, "Mr Hardy, a close friend of Richard Burton")
    assert career[0].startswith("Mr Hardy, a close friend"), groups
    assert career[1].startswith("He found national fame"), groups
    assert any("Harry Potter" in text for text in career), groups
    assert max(len(group) for group in groups[1:]) <= 4, groups


def test_a_bullet_adding_to_its_group_or_leaning_stays() -> None:
    # "Leeds have also rejected ..." stays with what adds to it: since the "Doing so would ..." quote
    # line reads as the club's (s280u), the beam-back refusal heads the group that gives its reason
    groups = cnndm_groups(152)
    beam_back = group_opening(groups, "Leeds have also rejected")
    assert beam_back[0].startswith("Leeds have also rejected"), groups
    assert any("Doing so would at least allow our supporters" in text for text in beam_back), groups
    assert reads_on("Leeds have also rejected Cardiff's request to hold a 'beam back'.")
    assert reads_on("He added: 'It was the best day of my life.'")
    assert reads_on("'We will fight on,' the chairman said.")
    assert reads_on("We were told nothing about the plans.")
    # first person inside quotation marks is the speaker's, not the writer's reading on
    assert not reads_on("Hammond has joined May in confirming he had no plan to 'quit my mates.'")
    assert not reads_on("Sherwood faces his friend, QPR boss Chris Ramsey, for the first time.")


TEXTS = [
    "The council approved the budget on Monday.",  # 0
    "Spending on roads rises by a tenth.",  # 1
    "Schools get a new fund for repairs.",  # 2
    "The library hours are cut.",  # 3
    "Parks lose two wardens.",  # 4
    "Bus fares stay the same.",  # 5
    "The mayor resigned on Tuesday over an expenses claim.",  # 6
    "An inquiry into the claim opens next month.",  # 7
    "He said he had done nothing wrong.",  # 8
]


def test_ease_tail_moves_only_from_five_to_a_last_group_of_two() -> None:
    drafts = [Draft(None, [0]), Draft(1, [1, 2, 3, 4, 6]), Draft(2, [7, 8])]
    assert ease_tail(TEXTS, drafts)
    assert drafts[1].picked == [1, 2, 3, 4] and drafts[2].picked == [6, 7, 8]
    # a last group of three, or a four before it, is left as it is
    drafts = [Draft(None, [0]), Draft(1, [1, 2, 3, 4, 6]), Draft(2, [5, 7, 8])]
    assert not ease_tail(TEXTS, drafts)
    drafts = [Draft(None, [0]), Draft(1, [1, 2, 3, 6]), Draft(2, [7, 8])]
    assert not ease_tail(TEXTS, drafts)
    # the edge bullet that leans on the one before stays
    drafts = [Draft(None, [0]), Draft(1, [1, 2, 3, 4, 8]), Draft(2, [6, 7])]
    assert not ease_tail(TEXTS, drafts)
    assert crowds(5, 2) and not crowds(4, 2) and not crowds(5, 3)
