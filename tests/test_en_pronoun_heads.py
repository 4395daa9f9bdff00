"""An English theme group's head that reports what was done to "him"/"her", where no one of its
group can be that person, goes up among the key points naming its place
(engines/en_pronoun_heads.py), read on en-cnndm articles."""

from __future__ import annotations

from citebrief.engines.en_pronoun_heads import _REPORTED_OBJECT, _names
from conftest import cnndm_groups, group_opening


def test_a_reported_killing_goes_up_to_the_death_it_tells_of() -> None:
    # the governor's "soldiers ... killed him" headed "Car Bomb" (ISIS's bombs, no person in them):
    # it ends the key points on al-Douri's death "in Salahuddin province"
    groups = cnndm_groups(86)
    assert groups[0][-1].startswith("Salahuddin governor Raed al-Jabouri said"), groups
    bombs = group_opening(groups, "But today, a car bomb killed three people")
    assert not any("al-Jabouri" in text for text in bombs), groups
    assert len(bombs) == 4, groups


def test_a_pronoun_its_own_bullet_names_stays() -> None:
    # "Pauline Hanson – well known for her anti-immigration ... stance" reports nothing done to her
    assert not _REPORTED_OBJECT.search("All eight men were pictured with Pauline Hanson, well known for her stance")
    assert _REPORTED_OBJECT.search("The governor said soldiers killed him in an operation east of Tikrit")
    assert _names("The cards were named after Salahuddin province") == {"Salahuddin"}
    groups = cnndm_groups(22)
    hanson = group_opening(groups, "All eight men were pictured posing")
    assert hanson is not groups[0], groups
