"""An English bullet that shares nothing with its group goes to the group of its person or
words (`en_orphans.py`); a bullet that reads on from the one before stays by it."""

from __future__ import annotations

from citebrief.engines.en_actor_groups import actor_keys, leans
from citebrief.engines.en_groups import bullet_weights, similarity
from citebrief.engines.en_orphans import rehome
from citebrief.engines.scored import Draft, Unit
from citebrief.text.tokenize import analyze

STORY = [
    "The town council approved a new crossing over the river on Monday night.",
    "Engineers say the steel bridge will carry four lanes of traffic and a cycle path.",
    "The steel bridge will take three years to build, the engineers estimate.",
    "Mayor Helen Ward called the vote a victory for commuters.",
    "Ward has campaigned for the crossing since her election in 2019.",
    "Residents near the quay fear the noise of lorries at night.",
    "Fishermen on the quay say the works will block their moorings.",
]
LEANING = "She called the vote a victory after years of campaigning since her election."


def _units(sentences: list[str]) -> list[Unit]:
    return [
        Unit(k, k + 1, text, [t.word for t in analyze(text, "en") if t.is_term], k / 6, False, None)
        for k, text in enumerate(sentences)
    ]


def _rehome(sentences: list[str], drafts: list[Draft]) -> int:
    units = _units(sentences)
    picked = [i for d in drafts for i in d.picked]
    weights = bullet_weights(units, picked, sentences)
    who = actor_keys(units, picked, lead=1)
    anyone = actor_keys(units, picked)
    return rehome(units, drafts, weights, who, similarity, leans, anyone=anyone, min_group=2, max_group=4)


def test_a_bullet_of_another_groups_person_moves_there() -> None:
    drafts = [Draft(1, [1, 2, 3]), Draft(2, [4, 5, 6])]
    assert _rehome(STORY, drafts) == 1
    assert drafts[0].picked == [1, 2]
    assert drafts[1].picked == [3, 4, 5, 6]


def test_a_bullet_that_reads_on_from_the_one_before_stays() -> None:
    story = [*STORY[:3], LEANING, *STORY[4:]]
    drafts = [Draft(1, [1, 2, 3]), Draft(2, [4, 5, 6])]
    _rehome(story, drafts)
    assert 3 in drafts[0].picked  # what "she" said stays; Ward's campaigning may join it


def test_a_bullet_that_names_the_person_its_group_tells_of_stays() -> None:
    story = [  # "Ward" in half the sentences ties nothing: only the check on the name keeps her bullet
        "The town council approved Mayor Ward's new crossing over the river on Monday night.",
        *STORY[1:3],
        "Ward, who grew up by the harbour and fished from the quay moorings for twenty years, won the seat.",
        "'I promised commuters a quicker road,' Ward said after the vote.",
        *STORY[5:],
        "'The fishermen will be heard,' Ward said.",
    ]
    drafts = [Draft(1, [3, 4, 1]), Draft(2, [5, 6, 7])]
    drafts[0].picked.sort()
    assert _rehome(story, drafts) == 0
    assert drafts[0].picked == [1, 3, 4]


def test_a_full_group_or_a_group_of_two_keeps_its_bullets() -> None:
    full = [Draft(1, [1, 2, 3]), Draft(2, [0, 4, 5, 6])]
    assert _rehome(STORY, full) == 0
    two = [Draft(1, [2, 3]), Draft(2, [4, 5])]
    assert _rehome(STORY, two) == 0
    assert two[0].picked == [2, 3]
