"""A name one bullet of three or more says in passing, while another name runs through two
bullets, leaves the title (`en_title_lone_name`): its noun stays, or the phrase the bullets share.
Small cases of text written for the test."""

from __future__ import annotations

from citebrief.text.en_title_lone_name import lone_name_title

PAINTING = [
    "Critics called the old portraits of Haydn dull and stiff.",
    "The gallery hopes the new picture will show Haydn as a restless man.",
    "The painter once made a portrait of Schubert for a record sleeve.",
    "Visitors can see the portrait from Monday, beside letters by Haydn.",
]
VOYAGE = [
    "Marsh drifted for weeks, rationing his water carefully.",
    "When the fresh water ran out, Marsh caught rain in a sheet.",
    "Fresh water was the hardest thing to find, Marsh said.",
    "A coastguard crew flew him to Kettering Memorial Infirmary on Friday.",
]


def _titled(bullets: list[str], title: str) -> str:
    return lone_name_title(bullets, bullets, bullets, {title.casefold()}, title)


def test_a_second_sitter_one_bullet_names_leaves_the_noun() -> None:
    assert _titled(PAINTING, "Portrait of Schubert") == "Portrait"


def test_a_place_one_bullet_names_gives_way_to_what_the_bullets_share() -> None:
    assert _titled(VOYAGE, "Kettering Memorial Infirmary") == "Fresh Water"


def test_the_name_the_group_follows_stays() -> None:
    sitter = [b.replace("Haydn", "Schubert") for b in PAINTING]
    assert _titled(sitter, "Portrait of Schubert") == "Portrait of Schubert"


def test_a_name_a_bullet_opens_on_stays() -> None:
    led = [*VOYAGE[:3], "Kettering Memorial Infirmary said he was well on Friday."]
    assert _titled(led, "Kettering Memorial Infirmary") == "Kettering Memorial Infirmary"


def test_two_bullets_are_too_few() -> None:
    assert _titled(VOYAGE[2:], "Kettering Memorial Infirmary") == "Kettering Memorial Infirmary"


def test_a_name_before_its_noun_still_names_the_groups_thing() -> None:
    owned = [*PAINTING[:3], "Haydn fans queued to see the Vienna portrait on Monday."]
    assert _titled(owned, "Vienna Portrait") == "Vienna Portrait"
