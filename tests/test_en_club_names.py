"""A bullet opening on "The west London club" the brief never names takes the club's name in
brackets (en-cnndm 107: "[Harlequins] also felt the squeeze of the Six Nations …"), the one name of
that place (`data/en_club_places.tsv`) the sentences shortly before write; verify reads the name in
the cited paragraph."""

from __future__ import annotations

import pytest
from tests.helpers import verdict_on

from citebrief.engines.en_club_names import club_before
from citebrief.model import VerdictLabel
from citebrief.text.data_files import rows_by_kind
from conftest import cnndm_groups

CLUBS = [(place, club) for place, names in rows_by_kind("en_club_places.tsv").items() for club in names]


@pytest.mark.parametrize(("place", "club"), CLUBS)
def test_each_row_names_its_club_of_the_place(place: str, club: str) -> None:
    sentences = [f"Rovers won while {club} lost at home.", f"The {place} club must now win twice."]
    assert club_before(sentences, 1, place) == (club, 0)
    assert club_before(sentences, 1, place.upper()) == (club, 0)  # "The West London club" too


def test_no_name_for_an_unknown_place_two_clubs_or_none_near() -> None:
    assert club_before(["Chelsea lost.", "The Tyneside club won."], 1, "Tyneside") is None
    assert club_before(["Chelsea beat Fulham.", "The west London club won."], 1, "west London") is None
    far = ["Chelsea lost.", "One.", "Two.", "Three.", "Four.", "The west London club won."]
    assert club_before(far, 5, "west London") is None
    # the nearest sentence naming one decides: Fulham, not the Chelsea before it
    assert club_before(["Chelsea lost.", "Fulham drew.", "The west London club went up."], 2, "west London") == (
        "Fulham",
        1,
    )


def test_shared_cnndm_107_club_named() -> None:
    bullets = [text for group in cnndm_groups(107) for text in group]
    assert any(text.startswith("[Harlequins] also felt the squeeze of the Six Nations") for text in bullets)
    assert not any(text.startswith("The west London club") for text in bullets)


def test_verify_quotes_the_sentence_with_the_name_cited() -> None:
    rest = "also felt the squeeze of the Six Nations and must win away to keep alive their slim hopes."
    page = ["Harlequins will be out if they lose to Sale.", f"The west London club {rest}"]
    label, reason = verdict_on(page, f"[Harlequins] {rest}", [1, 2], "Rugby")
    assert label == VerdictLabel.supported
    assert reason.startswith("quoted from a sentence")
