"""An English overview titled by a detail only another group's bullet says, and the article says
once, is titled by what its own bullets say (`text/en_overview_own_said.py`)."""

from __future__ import annotations

from citebrief.text.en_overview_own_said import lead_name, own_said_overview, strayed
from conftest import shared_group_titles

LEAD = [
    "The Harbour Board will announce its decision at a meeting with residents on Friday.",
    "Three old piers were damaged in the storm last winter.",
]
THEME = ["The plans were drawn up by the head of the coastal works and ports division at the board."]
TEXTS = [" ".join(LEAD), " ".join(THEME)]


def test_a_theme_bullets_detail_gives_way_to_the_lead_name() -> None:
    used = {"head of the coastal works", "plans"}
    title = own_said_overview("Key points: Head of the Coastal Works", LEAD, THEME, TEXTS, used)
    assert title == "Key points: Harbour Board"
    assert "harbour board" in used
    assert "head of the coastal works" not in used


def test_a_title_the_key_points_say_stays() -> None:
    lead = [*LEAD, "The head of the coastal works said the piers would be rebuilt."]
    assert not strayed("Head of the Coastal Works", lead, THEME, TEXTS)


def test_a_title_whose_head_word_the_key_points_say_stays() -> None:
    # "the piers" the key points say: "Harbour Piers" names what they are about
    assert not strayed("Harbour Piers", LEAD, ["The harbour piers closed."], [*TEXTS, "The harbour piers closed."])


def test_a_title_no_other_group_says_stays() -> None:
    assert not strayed("Head of the Coastal Works", LEAD, ["The plans were drawn up in May."], TEXTS)


def test_the_articles_subject_said_again_stays() -> None:
    texts = [*TEXTS, "The head of the coastal works and ports division spoke again on Monday."]
    assert not strayed("Head of the Coastal Works", LEAD, THEME, texts)
    used = {"head of the coastal works"}
    assert own_said_overview("Key points: Head of the Coastal Works", LEAD, THEME, texts, used).endswith("Works")


def test_lead_name_skips_opening_words_and_days() -> None:
    hotels = "Three Victorian hotels will go, at East Cliff in Bournemouth."
    assert lead_name(hotels, [hotels], set()) == "East Cliff"
    assert lead_name("Councillors met on Monday Night with Jo Bloggs.", ["Jo Bloggs came."], set()) == "Jo Bloggs"
    assert lead_name("The Harbour Board met.", TEXTS, {"harbour board"}) == ""


def test_real_overviews_say_their_title() -> None:
    # was "Head of the Special Crime", cut from a theme's "head of the special crime and counter-terrorism division"
    assert shared_group_titles("en-xsum.jsonl", 196)[0] == "Key points: Crown Prosecution Service"
    # was "East Overcliff Drive", a street only the theme's bullet names
    assert shared_group_titles("en-xsum.jsonl", 98)[0] == "Key points: East Cliff"
    # the film the article keeps naming stays, though the key points call it "The jazz film"
    assert shared_group_titles("en-xsum.jsonl", 69)[0] == "Key points: La La Land"
