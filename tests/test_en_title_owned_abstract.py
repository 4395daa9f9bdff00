"""An abstract word alone ("Friendship") that two bullets write after one owner takes the owner
(`text/en_title_owned_abstract.py`): "India's Friendship", not a bare word nor the place
`plain_title` gave ("Nepal", en-cnndm 158). One bullet's owner, two owners as often, and a
title another group holds leave it. Small cases written after the brief, and the brief itself."""

from __future__ import annotations

from citebrief.text.en_title_owned_abstract import owned_abstract_title
from conftest import shared_group_titles

BULLETS = [
    "Some might say Spain's friendship is a signal to France.",
    "Portugal will need Spain's friendship for months ahead.",
    "Spain took the lead in the rescue.",
]


def _title(bullets: list[str], used: set[str] | None = None, title: str = "Friendship") -> str:
    given = {*(used or set()), title.casefold()}
    return owned_abstract_title(bullets, bullets, bullets, given, title)


def test_an_abstract_word_two_bullets_write_after_one_owner_takes_the_owner() -> None:
    used = {"friendship", "rescue"}
    assert owned_abstract_title(BULLETS, BULLETS, BULLETS, used, "Friendship") == "Spain's Friendship"
    assert used == {"spain's friendship", "rescue"}


def test_one_bullets_owner_stays() -> None:
    assert _title([BULLETS[0], "Portugal will need friendship.", BULLETS[2]]) == "Friendship"


def test_two_owners_as_often_stay() -> None:
    bullets = [*BULLETS, "France's friendship matters.", "Italy wants France's friendship."]
    assert _title(bullets) == "Friendship"


def test_a_word_that_names_a_thing_stays() -> None:
    bullets = ["Spain's navy sailed.", "Portugal saw Spain's navy."]
    assert _title(bullets, title="Navy") == "Navy"


def test_a_title_another_group_holds_stays() -> None:
    assert _title(BULLETS, {"spain's friendship with portugal"}) == "Friendship"


def test_en_cnndm_158_titles_the_friendship_by_whose_it_is() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 158)
    assert "India's Friendship" in titles
    assert "Nepal" not in titles
