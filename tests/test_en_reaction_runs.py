"""An en-cnndm group of different speakers' reactions is titled "Reaction to <event>" before the
title steps (`engines/en_reaction_runs.py`), read of real shared-data articles."""

from __future__ import annotations

from conftest import cnndm_groups, group_opening, shared_group_titles


def _title_of(index: int, opening: str) -> str:
    groups = cnndm_groups(index)
    titles = shared_group_titles("en-cnndm.jsonl", index)
    return titles[groups.index(group_opening(groups, opening))]


def test_motoring_bodies_on_a_parking_ruling_are_its_reaction() -> None:
    assert _title_of(190, "Ian Taylor, of the Alliance of British Drivers") == "Reaction to the Ruling"


def test_advocates_on_an_abortion_law_are_its_reaction() -> None:
    assert _title_of(67, "Planned Parenthood Advocates") == "Reaction to the Law"


def test_a_club_that_welcomed_fans_is_no_reaction() -> None:
    assert not any(t.startswith("Reaction") for t in shared_group_titles("en-cnndm.jsonl", 152))
