"""An English overview point from deep in the story goes to the theme group that shares clearly
most of its words where the group beside it does not (engines/en_deep_points.py, called from
engines/en_late_points.py), read on en-cnndm articles."""

from __future__ import annotations

from citebrief.engines.en_deep_points import CLEAR, DEEP_PASSAGE
from conftest import cnndm_groups, group_opening


def test_a_deep_point_goes_to_the_group_of_its_thread() -> None:
    # Ancelotti's fit squad, "Gareth Bale set to return", stood beside his set-pieces words but
    # belongs with Bale's fitness ("If one doesn't play, another will", "Bale is at 100 per cent")
    groups = cnndm_groups(39)
    bale = group_opening(groups, "'But Bale is at 100 per cent.'")
    assert bale[0].startswith("The 55-year-old also revealed he has a fully fit squad"), groups
    assert not any("fully fit squad" in text for text in groups[0]), groups
    assert len(groups[0]) == 2 and all(len(group) <= 5 for group in groups), groups
    # the set-pieces group keeps Ancelotti's "we have analysed it" (no group takes a sixth bullet)
    set_pieces = group_opening(groups, "'It’s difficult to say")  # Ancelotti's, in his marks
    assert any(text.startswith("'It’s not that interesting") for text in set_pieces), groups


def test_a_lead_point_or_one_the_overview_shares_more_with_stays() -> None:
    # the Forsa poll (passage 1) is a key point whatever a later group says of it
    groups = cnndm_groups(117)
    assert any(text.startswith("Research carried out by the Forsa Institute") for text in groups[0]), groups
    # Eugenie's birthday glasses share more with the overview's outings than with any group
    groups = cnndm_groups(76)
    assert any(text.startswith("Laughing Eugenie") for text in groups[0]), groups
    assert 0 < CLEAR < 1 and DEEP_PASSAGE > 1
