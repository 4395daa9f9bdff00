"""An English group's edge bullet that names none of what its group names, but a name the group
beside names, goes to that group (engines/en_named_edges.py), read on shared articles and short texts."""

from __future__ import annotations

from citebrief.engines.en_named_edges import name_edges_placed
from citebrief.engines.scored import Draft
from conftest import cnndm_groups, group_opening, shared_groups

_SHOW = [
    "Reality star Dana Lake and her husband have filed a missing persons report.",
    "Her brother-in-law Billy was last seen on Saturday in Georgia.",
    "Since then Billy hasn't been seen and he isn't returning any calls.",
    "The family are worried because Billy has been struggling to find work, reports TMZ.",
    "The family reality show was cancelled by TLC after photos emerged of Lake with a convicted man.",
    "After the cancellation, Poodle told The Enquirer that Lake had lied about the family.",
    "Poodle posted a text message exchange in which she threatened to confront everyone.",
    "Poodle said the messages were real.",
    "Nobody else has commented since.",
    "The police are still searching for anyone who saw him on the road.",
    "Residents say the town has been quiet.",
]


def _drafts(*groups: list[int]) -> list[Draft]:
    return [Draft(None if n == 0 else n, list(picked)) for n, picked in enumerate(groups)]


def test_the_cancellation_goes_to_its_fallout_in_the_missing_brother_story() -> None:
    # en-cnndm 97: "... was cancelled by TLC after photos emerged of Shannon ..." closed the group of the
    # police report about Billy, one sentence before the fallout that names Shannon again
    # (since s51p's caption_doubled keeps "… Here Comes Honey Boo Boo, was cancelled …" one sentence the
    # runs find one theme and the police report is no bullet: what this still guards is that the
    # cancellation stands with its fallout, in no group of the police report)
    groups = cnndm_groups(97)
    fallout = group_opening(groups, "In the wake of the cancellation")
    assert any("cancelled by TLC" in text for text in fallout), groups
    police = [group for group in groups if any(text.startswith("The family have filed") for text in group)]
    assert not any("cancelled by TLC" in text for group in police for text in group), groups


def test_a_councillors_pledge_leaves_the_study_group_for_his_own() -> None:
    # en-xsum 185: Mr Clancy's pledges opened "Sir Bob's Study"; they go to the group of his election
    groups = shared_groups("en-xsum.jsonl", 185)
    pledge = group_opening(groups, "Mr Clancy, a former teacher")
    assert not any("Sir Bob" in text for text in pledge), groups
    assert any("leader of the Labour group" in text for text in pledge), groups


def test_the_edge_bullet_goes_to_the_group_beside_that_names_what_it_names() -> None:
    drafts = _drafts([0, 1], [2, 3, 4], [5, 6, 7])
    assert name_edges_placed(_SHOW, _SHOW, drafts) == 1
    assert [d.picked for d in drafts] == [[0, 1], [2, 3], [4, 5, 6, 7]]


def test_the_edge_bullet_stays_where_its_group_or_the_group_beside_gives_no_reason() -> None:
    # it names what its group names (Billy)
    named = [*_SHOW[:4], "The show was cancelled by TLC after photos of Lake and Billy emerged.", *_SHOW[5:]]
    assert not name_edges_placed(named, named, _drafts([0, 1], [2, 3, 4], [5, 6, 7]))
    # its group's other bullets follow no one name it leaves out
    unnamed = [*_SHOW[:3], "The family are worried, a neighbour says.", *_SHOW[4:]]
    assert not name_edges_placed(unnamed, unnamed, _drafts([0, 1], [2, 3, 4], [5, 6, 7]))
    # the group beside names nothing it names, or is full, or its own group would keep one
    assert not name_edges_placed(_SHOW, _SHOW, _drafts([0, 1], [2, 3, 4], [8, 9, 10]))
    assert not name_edges_placed(_SHOW, _SHOW, _drafts([0], [1, 2, 3, 4], [5, 6, 7, 8, 9]))
    assert not name_edges_placed(_SHOW, _SHOW, _drafts([0, 1, 2], [3, 4], [5, 6, 7]))
    # a name most of the article writes is the story's: it ties no thread
    story = [s.replace("Poodle", "Lake").replace("Residents", "Lake's neighbours") for s in _SHOW]
    assert not name_edges_placed(story, [*story, *story[:1]], _drafts([0, 1], [2, 3, 4], [5, 6, 7]))
