"""A person's name alone over a group gives way to what happened to that person, where a bullet
of theirs writes it (`text/en_title_name_event.py`)."""

from __future__ import annotations

from citebrief.text.en_title_name_event import name_event_title
from conftest import shared_group_titles


def _title(bullets: list[str], context: list[str], title: str, used: set[str] | None = None) -> str:
    given = set(used or set()) | {title.casefold()}
    return name_event_title(bullets, bullets, bullets + context, given, title)


TYMON = [
    "Olsin Tymon had his lip split by Clarkson in the March 4 assault and took himself to hospital with his injuries.",
    "Police investigated the attack but Tymon told them he did not want to press charges.",
]


def test_a_bare_name_takes_what_happened_to_the_person() -> None:
    assert _title(TYMON, [], "Olsin Tymon") == "Tymon's Injuries"


def test_the_noun_of_another_person_between_is_not_theirs() -> None:
    bullets = [
        "Olsin Tymon said Jeremy Clarkson had spoken of his injuries.",
        "Tymon told them he did not want to press charges.",
    ]
    assert _title(bullets, [], "Olsin Tymon") == "Olsin Tymon"


def test_a_noun_in_a_bullet_of_another_actor_stays_out() -> None:
    bullets = [
        "Police investigated after Olsin Tymon was seen with his injuries.",
        "Tymon told them he did not want to press charges.",
    ]
    assert _title(bullets, [], "Olsin Tymon") == "Olsin Tymon"


def test_a_person_few_bullets_name_keeps_the_name() -> None:
    bullets = [*TYMON, "The BBC said the show would go on.", "Producers met on Monday.", "Ratings fell."]
    assert _title(bullets, [], "Olsin Tymon") == "Olsin Tymon"


def test_a_title_given_already_is_not_taken_again() -> None:
    assert _title(TYMON, [], "Olsin Tymon", {"tymon's injuries"}) == "Olsin Tymon"


def test_a_thing_title_stays() -> None:
    assert _title(TYMON, [], "Hospital Visit") == "Hospital Visit"


def test_shared_article() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 12)  # Top Gear's producer assaulted
    assert "Tymon's Injuries" in titles
    assert "Olsin Tymon" not in titles
