"""An English group's edge bullet that leaves out the person its group is about goes to the group
beside it (engines/en_subject_edges.py), read on en-cnndm articles and short texts."""

from __future__ import annotations

from citebrief.engines.en_subject_edges import subject_edges_placed
from citebrief.engines.scored import Draft
from conftest import cnndm_groups, group_opening

_BOXER = [
    "Riddick Bowe was once the double heavyweight champion.",
    "Now Bowe tweets messages for anyone who pays him $20.",
    "The 46-year-old offered to tweet anything.",
    "He retired in 1997 and joined the Marine Corps Reserves.",
    "Next the boxer's fortunes took a disastrous turn when he was imprisoned.",
    "In 2013 Bowe made a comeback as a Muay Thai fighter, but was beaten in the second round.",
    "Bowe became renowned for his victory over Evander Holyfield, who has suffered a similar loss.",
    "Holyfield beat Bowe the following year in a rematch.",
    "But most of Holyfield's fortune has now gone, frittered away on gambling.",
]


def _drafts(*groups: list[int]) -> list[Draft]:
    return [Draft(None if n == 0 else n, list(picked)) for n, picked in enumerate(groups)]


def test_bowes_comeback_leaves_holyfields_group() -> None:
    # en-cnndm 31: "In 2013 Bowe made a comeback ..." opened "Holyfield" (session 49 readers: mixed)
    groups = cnndm_groups(31)
    comeback = group_opening(groups, "In 2013 Bowe made a comeback")
    assert not any("Holyfield" in text for text in comeback), groups
    assert any("fortunes" in text for text in comeback), groups


def test_the_edge_bullet_goes_to_the_group_beside() -> None:
    drafts = _drafts([0, 1, 2], [3, 4], [5, 6, 7, 8])
    assert subject_edges_placed(_BOXER, _BOXER, drafts) == 1
    assert [d.picked for d in drafts] == [[0, 1, 2], [3, 4, 5], [6, 7, 8]]


def test_the_edge_bullet_stays_where_it_names_the_person_or_the_group_beside_is_theirs_or_full() -> None:
    named = [*_BOXER[:5], "In 2013 Bowe made a comeback, with Holyfield watching.", *_BOXER[6:]]
    assert not subject_edges_placed(named, named, _drafts([0, 1, 2], [3, 4], [5, 6, 7, 8]))
    theirs = [*_BOXER[:4], "Next Holyfield's fortunes took a turn.", *_BOXER[5:]]
    assert not subject_edges_placed(theirs, theirs, _drafts([0, 1, 2], [3, 4], [5, 6, 7, 8]))
    assert not subject_edges_placed(_BOXER, _BOXER, _drafts([0], [1, 2, 3, 4], [5, 6, 7, 8]))
    # it opens on a pronoun: it goes on with the bullet before
    leaning = [*_BOXER[:5], "He made a comeback as a Muay Thai fighter in 2013.", *_BOXER[6:]]
    assert not subject_edges_placed(leaning, leaning, _drafts([0, 1, 2], [3, 4], [5, 6, 7, 8]))
    # too few others to say whom the group is about
    assert not subject_edges_placed(_BOXER, _BOXER, _drafts([0, 1, 2], [3, 4], [5, 7, 8]))
