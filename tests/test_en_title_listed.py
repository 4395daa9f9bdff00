"""An English group titled by one item of a list in a bullet introducing a person takes that
person, where no other phrase of its bullets fits (`text/en_title_listed.py`)."""

from __future__ import annotations

from citebrief.text.en_title_detail import detail_title, weak_title
from citebrief.text.en_title_listed import opening_person
from conftest import shared_group_titles

_BULLETS = [
    "Lee Thompson's seen plenty in his 14 years as a photojournalist covering the civil war in Libya, "
    "the revolution in Egypt, the tsunami in Japan and other travels",
    "In this series of images, he photographs a man carrying chickens on the back of his scooter",
]
_TEXTS = [*_BULLETS, "Thompson enjoys the fact.", "'It is a way of life,' said Thompson."]


def test_a_list_item_after_a_verb_is_weak() -> None:
    assert weak_title("Civil War", _BULLETS, _TEXTS)  # the item opens at "covering", not the bullet's start


def test_the_person_the_first_bullet_opens_on() -> None:
    assert opening_person(_BULLETS, _TEXTS, set()) == "Lee Thompson"
    assert opening_person(_BULLETS, _TEXTS, {"lee thompson"}) == ""  # titled already
    assert opening_person(_BULLETS, _TEXTS[:2], set()) == ""  # named once only
    assert opening_person(_BULLETS[::-1], _TEXTS, set()) == ""  # the first bullet opens on no name


def test_a_listed_title_gives_way_to_the_person_and_stays_used() -> None:
    used = {"civil war"}
    assert detail_title(_BULLETS, _TEXTS, _TEXTS, used, "Civil War") == "Lee Thompson"
    assert used == {"civil war", "lee thompson"}  # no later step takes the list item up as the event


def test_shared_article_group_names_the_photographer() -> None:
    assert shared_group_titles("en-cnndm.jsonl", 7)[1] == "Lee Thompson"  # not "Civil War"
