"""A title that names a city by its country ("Bavarian Capital") gives way to the city the group's
paragraphs write ("Munich": `text/en_title_capital.py`); paragraphs that never write it, an
adjective the table lacks and a city another title holds leave it. Small cases written after
en-cnndm briefs, and the briefs of en-cnndm articles themselves."""

from __future__ import annotations

from citebrief.text.en_title_capital import capital_cities, capital_title
from conftest import shared_group_titles

PARAGRAPHS = [
    "The centre charts the rise of the party from its founding in the Bavarian capital in 1920.",
    "The minister praised the special role Munich played.",
]
BULLETS = PARAGRAPHS


def _title(title: str, paragraphs: list[str] = PARAGRAPHS, used: set[str] | None = None) -> str:
    given = (used or set()) | {title.casefold()}
    return capital_title(BULLETS, paragraphs, paragraphs, given, title)


def test_a_city_named_by_its_region_takes_its_name() -> None:
    used = {"bavarian capital", "nazi regime"}
    assert capital_title(BULLETS, PARAGRAPHS, PARAGRAPHS, used, "Bavarian Capital") == "Munich"
    assert used == {"munich", "nazi regime"}


def test_the_title_stays_where_the_city_is_not_written_or_not_known() -> None:
    assert _title("Bavarian Capital", PARAGRAPHS[:1]) == "Bavarian Capital"
    assert _title("Ruritanian Capital") == "Ruritanian Capital"
    assert _title("Venture Capital") == "Venture Capital"
    assert _title("Bavarian Capital", used={"munich documentation centre"}) == "Bavarian Capital"


def test_the_table_names_cities_by_their_adjectives() -> None:
    cities = capital_cities()
    assert cities["French"] == "Paris" and cities["Bavarian"] == "Munich"
    assert all(adjective[:1].isupper() and city[:1].isupper() for adjective, city in cities.items())


def test_en_cnndm_briefs_name_the_cities() -> None:
    # the city, widened by `en_title_name_front` to the centre the bullet names
    titles = shared_group_titles("en-cnndm.jsonl", 117)
    assert "Munich Documentation Center" in titles and "Bavarian Capital" not in titles
    assert "French Capital" not in shared_group_titles("en-cnndm.jsonl", 73)
