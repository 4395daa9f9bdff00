"""A one-word event title takes the person the group's bullets name ("Escape" → "Bader's Escape",
`text/en_title_possessed.py`); a group about two people, a noun whose owner reads as either side,
a noun that is no event and a person named in one bullet only leave it. Small cases written after
en-cnndm briefs, and the briefs of en-cnndm articles themselves."""

from __future__ import annotations

from citebrief.text.en_title_possessed import possessed_title
from conftest import shared_group_titles

CONTEXT = ["Douglas Bader was a fighter ace.", "Major Tom Stallard served in the Durham Light Infantry."]
ESCAPE = [
    "Bader was shot down over France in August 1941 and ended up in a German prison camp.",
    "It was there that the officer was involved in a mass break-out that pre-dated the break in 1944.",
    "Bader’s life story has already been the subject of a successful film.",
    "Major Tom Stallard teamed up with Bader on the planning of the escape.",
]


def _title(bullets: list[str], title: str, used: set[str] | None = None) -> str:
    given = set(used or set()) | {title.casefold()}
    return possessed_title(bullets, bullets, bullets + CONTEXT, given, title)


def test_an_event_takes_the_person_most_bullets_name() -> None:
    used = {"escape"}
    assert possessed_title(ESCAPE, ESCAPE, ESCAPE + CONTEXT, used, "Escape") == "Bader's Escape"
    assert used == {"bader's escape"}


def test_a_group_about_two_people_stays() -> None:
    bullets = [
        "Bader planned the break with Stallard.",
        "Stallard and Bader crafted ladders from a wrecked hut.",
    ]
    assert _title(bullets, "Escape") == "Escape"


def test_a_person_one_bullet_names_stays() -> None:
    assert _title([*ESCAPE[1:3], "The ladders were made from wood."], "Escape") == "Escape"


def test_no_event_and_an_either_side_noun_stay() -> None:
    assert _title(ESCAPE, "Flag") == "Flag"
    assert _title(ESCAPE, "Murder") == "Murder"
    assert _title(ESCAPE, "Claims") == "Claims"  # needs its "of"


def test_a_phrase_another_title_says_stays() -> None:
    assert _title(ESCAPE, "Escape", {"bader's escape"}) == "Escape"


def test_en_cnndm_briefs_title_the_event_with_whose_it_is() -> None:
    assert "Bader's Escape" in shared_group_titles("en-cnndm.jsonl", 0)
    assert "Carrion-Moore's Arrest" in shared_group_titles("en-cnndm.jsonl", 174)


def test_a_name_with_an_inner_capital_is_read_whole() -> None:
    """A name like "McLean" was read as no name ("[A-Z][a-z]+" stops at the inner capital), so the one
    person the bullets name was missed; `NAME_RUN` is the pattern `en_title_about` reads by."""
    context = ["Singer Don McLean wrote the song in 1971."]
    bullets = [
        "McLean was arrested at his home in Camden, Maine, in January.",
        "Police said McLean was held overnight and released on bail.",
        "The arrest was reported by local papers.",
    ]
    used = {"arrest"}
    assert possessed_title(bullets, bullets, bullets + context, used, "Arrest") == "McLean's Arrest"
