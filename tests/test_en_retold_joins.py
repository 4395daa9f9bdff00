"""A theme group whose every bullet the page prints again in another theme group's passages joins
that group (engines/en_retold_joins.py): en-cnndm 176, whose assault cases stood in two groups,
and groups written here."""

from __future__ import annotations

from citebrief.engines.en_retold_joins import joined_by_repeats
from citebrief.engines.scored import Draft
from conftest import cnndm_groups, group_opening


def _drafts(*groups: list[int]) -> list[Draft]:
    return [Draft(None if n == 0 else n, list(picked)) for n, picked in enumerate(groups)]


# sentence → its paragraph: an overview (0-1), passages 3-4 (2-4), 5-6 (5-7), 3-4 again as 8-9 (8-9)
PARAGRAPH = {0: 1, 1: 1, 2: 3, 3: 4, 4: 4, 5: 5, 6: 6, 7: 6, 8: 8, 9: 9}
REPEATS = {2: {8}, 3: {9}, 4: {9}, 8: {3}, 9: {4}}


def _repeats(i: int) -> set[int]:
    return REPEATS.get(i, set())


def test_a_group_printed_again_joins_the_group_of_its_first_copy() -> None:
    drafts = _drafts([0, 1], [2, 3, 4], [5, 6, 7], [8, 9])
    joined_by_repeats(drafts, PARAGRAPH.__getitem__, _repeats)
    assert [d.picked for d in drafts] == [[0, 1], [2, 3, 4, 8, 9], [5, 6, 7]]
    assert drafts[1].theme == 1  # the earlier group, its theme kept


def test_a_group_with_one_bullet_not_repeated_or_no_room_stays() -> None:
    once = ([0, 1], [2, 3, 4], [5, 6], [7, 8, 9])  # 7 is printed once: the group is not a copy
    full = ([0, 1], [2, 3, 4, 5], [6, 7], [8, 9])  # six would be too many
    two = ([0, 1], [2, 3, 4], [8, 9])  # two theme groups stay
    for groups in (once, full, two):
        drafts = _drafts(*groups)
        joined_by_repeats(drafts, PARAGRAPH.__getitem__, _repeats)
        assert [d.picked for d in drafts] == list(groups)


def test_en_cnndm_176_tells_its_assault_cases_in_one_group() -> None:
    groups = cnndm_groups(176)
    cases = group_opening(groups, "There were three high-profile assault cases")
    assert any(text.startswith("An Indian woman said her driver raped her") for text in cases), groups
    # said at the end of the Indian woman's bullet, the event it came days after (`en_event_it_joins`)
    assert any("Uber in that city. It came days after a driver was charged in Boston" in text for text in cases), groups
    assert len(groups) == 3, groups
