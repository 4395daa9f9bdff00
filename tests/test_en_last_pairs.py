"""A short English story's second and last theme group, a pair telling its first theme on, joins
it (engines/en_last_pairs.py), read of real shared-data articles as pasted."""

from __future__ import annotations

from conftest import cnndm_groups, group_opening, shared_groups


def test_the_fly_freed_ends_the_story_of_its_struggle() -> None:
    groups = cnndm_groups(74)
    struggle = group_opening(groups, "Moving its legs, the fly at first attempts")
    assert any(text.startswith("Nothing seems to work") for text in struggle), groups
    assert any("little heat gun" in text for text in struggle), groups
    assert len(groups) == 2, groups


def test_the_researcher_on_the_price_of_paint_goes_on_with_his_graph() -> None:
    groups = cnndm_groups(10)
    graph = group_opening(groups, "'I made a visualization of the change in colors")
    assert any(text.startswith("'I haven’t found any data on the prices of blue") for text in graph), groups


def test_a_pair_back_on_the_leads_matter_stays() -> None:
    # the air gun consultation the overview names, after the cat owner's words
    groups = shared_groups("en-xsum.jsonl", 30)
    assert len(group_opening(groups, "Under the proposed scheme")) == 2, groups


def test_a_pair_sharing_nothing_with_the_group_before_stays() -> None:
    # the care providers' objection to the panel, after the commissioner's aims
    groups = shared_groups("en-xsum.jsonl", 140)
    assert len(group_opening(groups, "Our disappointment however")) == 2, groups
