"""A one-word event or organisation title takes the name the bullets write in full or short
("Hebridean Celtic Festival" of "HebCelt")."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import data_lines
from citebrief.text.en_title_event_name import EVENT_NOUNS, event_name_title
from conftest import shared_group_titles


def _titled(bullets: list[str], title: str, article: list[str] | None = None, used: set[str] | None = None) -> str:
    every = bullets if article is None else article
    return event_name_title(bullets, bullets, every, set() if used is None else used, title)


@pytest.mark.parametrize("noun", data_lines(EVENT_NOUNS))
def test_each_event_noun_takes_the_name_two_bullets_write(noun: str) -> None:
    word = noun.capitalize()
    bullets = [f"Crowds came to the Riverside Valley {word} on Friday.", f"The Riverside Valley {word} ends today."]
    assert _titled(bullets, word) == f"Riverside Valley {word}"


def test_a_short_form_in_two_bullets_stands_for_the_name_the_article_writes() -> None:
    article = ["Visitors to the Hebridean Celtic Festival will use an app."]
    bullets = ["HebCelt is taking place in Stornoway.", "Updates come in the run up to HebCelt."]
    assert _titled(bullets, "Festival", article) == "Hebridean Celtic Festival"
    article = ["The Scottish National Party won the seat."]
    assert _titled(["The SNP said so.", "An SNP spokesman agreed."], "Party", article) == "Scottish National Party"


def test_one_bullet_is_not_enough() -> None:
    article = ["Visitors to the Hebridean Celtic Festival will use an app."]
    bullets = ["HebCelt is taking place in Stornoway.", "The festival sells out."]
    assert _titled(bullets, "Festival", article) == "Festival"


def test_a_place_a_lower_case_noun_or_a_possessive_is_left() -> None:
    bullets = ["Crowds came to Budapest Old Town on Friday.", "Budapest Old Town was full."]
    assert _titled(bullets, "Budapest") == "Budapest"
    bullets = ["Crowds came to the Riverside festival.", "The Riverside festival ended."]
    assert _titled(bullets, "Festival") == "Festival"
    bullets = ["She won the Scottish Women's Premier League.", "The Scottish Women's Premier League grew."]
    assert _titled(bullets, "League") == "League"


def test_a_name_starts_on_a_whole_word() -> None:
    bullets = ["He left the site.Riverside Festival opened.", "The site.Riverside Festival closed."]
    assert _titled(bullets, "Festival") == "Festival"


def test_two_names_leave_the_word_and_a_wider_name_wins() -> None:
    bullets = ["The Scottish Cup and the League Cup were held.", "The Scottish Cup and the League Cup ended."]
    assert _titled(bullets, "Cup") == "Cup"
    bullets = ["The Hebridean Celtic Festival opened.", "The Hebridean Celtic Festival closed."]
    article = ["Tickets for the Celtic Festival sold out.", *bullets]
    assert _titled(bullets, "Festival", article) == "Hebridean Celtic Festival"


def test_a_name_another_title_holds_is_left() -> None:
    bullets = ["Crowds came to the Riverside Valley Festival.", "The Riverside Valley Festival ends."]
    assert _titled(bullets, "Festival", used={"riverside valley"}) == "Festival"


def test_shared_article_names_the_festival() -> None:
    assert "Hebridean Celtic Festival" in shared_group_titles("en-xsum.jsonl", 162)
