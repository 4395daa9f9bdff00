"""An English theme group of two threads one after the other becomes two groups
(engines/en_pair_splits.py), read on en-cnndm articles and short texts."""

from __future__ import annotations

from citebrief.engines.en_pair_splits import pairs_split
from citebrief.engines.scored import Draft, Unit
from citebrief.text.tokenize import en_terms
from conftest import cnndm_groups, group_opening

_STORY = [
    "A father admitted taking his daughter to an extremist rally when she was 13.",
    "He blamed police for failing to stop her fleeing to Syria.",
    "Her school said it had been shocked by the news.",
    "Amira fled to become a bride with her friends Shamima Begum and Kadiza Sultana.",
    "A fourth girl from their school, Sharmeena Begum, left for Syria in December.",
    "Giving evidence to the MPs' committee, the father accused officers of not doing enough.",
    "Tory MP Michael Ellis, who sits on the committee, said the father should be recalled.",
]


def _units(texts: list[str]) -> list[Unit]:
    return [Unit(k, k + 1, text, en_terms(text), k / len(texts), False, None) for k, text in enumerate(texts)]


def _drafts(*groups: list[int]) -> list[Draft]:
    return [Draft(None if n == 0 else n, list(picked)) for n, picked in enumerate(groups)]


def test_the_nurse_and_the_other_clinic_are_two_groups() -> None:
    # en-cnndm 59: "Regular Customers" held the nurse's laser procedure and a customer of another clinic
    groups = cnndm_groups(59)
    nurse = group_opening(groups, "Clients don protective goggles")
    assert not any("Skin Therapy" in text for text in nurse), groups
    assert len(group_opening(groups, "Jacqueline Caterina")) == 2, groups


def test_a_group_of_two_threads_is_cut_where_they_meet() -> None:
    drafts = _drafts([0, 1], [2], [3, 4, 5, 6])
    assert pairs_split(_units(_STORY), _STORY, drafts) == 1
    assert [d.picked for d in drafts] == [[0, 1], [2], [3, 4], [5, 6]]


def test_a_group_stays_whole_where_its_parts_go_on_or_the_brief_is_full() -> None:
    # the part after opens on a pronoun, or on a quotation: it goes on with the part before
    for opening in ("They told the MPs' committee the father had not done enough.", "'Nobody warned the committee.'"):
        texts = [*_STORY[:5], opening, _STORY[6]]
        assert not pairs_split(_units(texts), texts, _drafts([0, 1], [2], [3, 4, 5, 6]))
    # a name the two parts share: one thread
    texts = [*_STORY[:5], "Giving evidence to the MPs' committee, Sharmeena Begum's father wept.", _STORY[6]]
    assert not pairs_split(_units(texts), texts, _drafts([0, 1], [2], [3, 4, 5, 6]))
    # a part of one bullet, or four theme groups already (the cap of a story read in runs, the key
    # points' group not counted: s50d let a brief of four groups in all make its fifth here, as
    # `en_turn_splits` does; this still guards the cap)
    assert not pairs_split(_units(_STORY), _STORY, _drafts([0], [1, 2], [3, 4, 5]))
    texts = [*_STORY[:1], "The school said nothing.", *_STORY[1:]]
    assert not pairs_split(_units(texts), texts, _drafts([0], [1], [2], [3], [4, 5, 6, 7]))


def test_a_brief_of_four_groups_makes_its_fifth_for_two_threads() -> None:
    drafts = _drafts([0], [1], [2], [3, 4, 5, 6])
    assert pairs_split(_units(_STORY), _STORY, drafts) == 1
    assert [d.picked for d in drafts] == [[0], [1], [2], [3, 4], [5, 6]]


def test_the_girls_flight_and_the_committee_are_two_groups() -> None:
    # en-cnndm 30: four groups held the cut back, and "MPs' Committee" held the girls who fled to Syria
    groups = cnndm_groups(30)
    committee = group_opening(groups, "Giving evidence to the MPs")
    assert not any("fled to become" in text for text in committee), groups
    assert len(group_opening(groups, "Amira fled to become")) == 2, groups


def test_the_lawyer_for_qpr_stands_apart_from_the_cricket_coach() -> None:
    # en-cnndm 157: "FFP Troubles" held Watkins's QPR work beside the managers' letter and Peter Moores
    watkins = group_opening(cnndm_groups(157), "Watkins is a sports lawyer")
    assert not any("Peter Moores" in text or "managers" in text for text in watkins), watkins
