"""An English theme group that opens on a sentence leaning on the one before it takes that sentence's
bullet from inside another group (engines/en_antecedent_heads.py), read on en-cnndm and short texts."""

from __future__ import annotations

from dataclasses import replace

from citebrief.engines.en_antecedent_heads import antecedent_heads_given
from citebrief.engines.scored import Draft, Scored
from conftest import cnndm_groups, group_opening
from scored_builder import zh_scored

_STICK = [
    "Selfie sticks have annoyed tourists for years.",
    "A photographer says he invented the stick in the 1980s.",
    "Your view has probably been ruined by a selfie stick.",
    "A supersized stick is now sold online for $23.",
    "Despite being patented in 1983, the extender stick failed to become a success.",
    "But that did not stop Mr Ueda from compiling a family album of selfies.",
    "Speaking to the BBC, he said the idea was very new back then.",
    "Selfie sticks are now hugely popular with celebrities everywhere.",
    "Mr Ueda's patent ran out in 2003.",
]


def _scored(sentences: list[str]) -> Scored:
    return replace(zh_scored([sentences]), lang="en")


def _drafts(*groups: list[int]) -> list[Draft]:
    return [Draft(None if n == 0 else n, list(picked)) for n, picked in enumerate(groups)]


def test_the_extender_sticks_failure_heads_the_group_it_did_not_stop() -> None:
    # en-cnndm 121: "Despite being patented in 1983, the extender stick failed ..." stood among today's
    # selfie sticks while "But that did not stop Mr Ueda ..." opened the group after
    groups = cnndm_groups(121)
    ueda = group_opening(groups, "Despite being patented in 1983")
    assert ueda[0].startswith("Despite being patented") and "Mr Ueda" in ueda[1], groups


def test_the_antecedent_comes_down_to_head_the_leaning_group() -> None:
    drafts = _drafts([0, 1], [2, 3, 4, 7], [5, 6, 8])
    assert antecedent_heads_given(_scored(_STICK), drafts) == 1
    assert [d.picked for d in drafts] == [[0, 1], [2, 3, 7], [4, 5, 6, 8]]


def test_the_antecedent_stays_where_it_ends_its_group_or_its_group_or_the_other_gives_no_room() -> None:
    scored = _scored(_STICK)
    assert not antecedent_heads_given(scored, _drafts([0, 1], [2, 3, 4], [5, 6, 8]))  # it ends its group
    assert not antecedent_heads_given(scored, _drafts([0, 1], [2, 4, 7], [5, 6, 8]))  # its group would keep two
    assert not antecedent_heads_given(scored, _drafts([0], [2, 3, 4, 7], [1, 5, 6, 8]))  # not the group's head
    full = [*_STICK, "He has a family album.", "He still uses it."]
    assert not antecedent_heads_given(_scored(full), _drafts([0, 1], [2, 3, 4, 7], [5, 6, 8, 9, 10]))
    # the head reads on from nothing
    plain = [*_STICK[:5], "Mr Ueda compiled a family album of selfies.", *_STICK[6:]]
    assert not antecedent_heads_given(_scored(plain), _drafts([0, 1], [2, 3, 4, 7], [5, 6, 8]))
    # the antecedent leans on the sentence before it in turn
    leaning = [*_STICK[:4], "It was patented in 1983 but failed to become a success.", *_STICK[5:]]
    assert not antecedent_heads_given(_scored(leaning), _drafts([0, 1], [2, 3, 4, 7], [5, 6, 8]))
