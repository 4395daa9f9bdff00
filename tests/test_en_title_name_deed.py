"""A person's full name alone over a group gives way to the deed a bullet writes right after that
name, wherever the name stands in the bullet (`text/en_title_name_deed.py`, asked by
`en_title_name_event.name_event_title`); a deed in a time
clause, a dated one, a one-word name and a person few bullets name keep the title."""

from __future__ import annotations

from citebrief.text.en_title_name_event import name_event_title
from conftest import shared_group_titles

CONTEXT = ["Welsh attacker Gareth Bale missed the win. Bale, 25, trained on Monday, his coach said."]
BALE = [
    "The coach said he has a fully fit squad, with Welsh attacker Gareth Bale set to return to the first team.",
    "'But Bale is at 100 per cent.'",
]


def _title(bullets: list[str], title: str, used: set[str] | None = None) -> str:
    return name_event_title(bullets, bullets, bullets + CONTEXT, {title.casefold(), *(used or set())}, title)


def test_a_deed_after_the_name_inside_anothers_sentence_titles_the_group() -> None:
    assert _title(BALE, "Gareth Bale") == "Bale's Return"


def test_a_deed_in_a_time_clause_is_background() -> None:
    bullets = [
        "After Gareth Bale was suspended, the other players spoke out in his support.",
        "Bale trained alone on Monday.",
    ]
    assert _title(bullets, "Gareth Bale") == "Gareth Bale"


def test_a_dated_deed_is_what_came_before() -> None:
    bullets = ["Gareth Bale was suspended in 2012 for a month.", "Bale trained alone on Monday."]
    assert _title(bullets, "Gareth Bale") == "Gareth Bale"


def test_a_person_few_bullets_name_keeps_the_name() -> None:
    bullets = [BALE[0], "Atletico have a fit squad.", "Torres is on the bench.", "The game is on Tuesday."]
    assert _title(bullets, "Gareth Bale") == "Gareth Bale"


def test_a_title_given_already_is_not_taken_again() -> None:
    assert _title(BALE, "Gareth Bale", {"bale's return"}) == "Gareth Bale"


def test_a_one_word_name_or_a_thing_stays() -> None:
    assert _title(BALE, "Bale") == "Bale"
    assert _title(BALE, "First Team") == "First Team"


def test_shared_article() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 39)  # Ancelotti before the Madrid derby
    assert "Bale's Return" in titles
    assert "Gareth Bale" not in titles
