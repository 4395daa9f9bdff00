"""An English overview titled by a place or body the article names in passing gives way to the
thing the lead says and the article goes on about (`text/en_overview_minor.py`)."""

from __future__ import annotations

from citebrief.text.en_overview_minor import past_minor_name
from conftest import shared_group_titles

BOROUGH = "London Borough of Southwark"
LEAD = f"Birmingham is the rat capital of the UK and the {BOROUGH} has the most cockroaches, a survey says."
BULLETS = [
    LEAD,
    "Newcastle is the most infested place, with residents reporting rats and cockroaches.",
    "Cockroaches are common in large cities.",
]
TEXTS = [LEAD, BULLETS[1], BULLETS[2], "Exterminators were called to deal with cockroaches in Leeds too."]


def test_a_body_named_in_passing_gives_way_to_the_thing_said_again() -> None:
    used = {"london borough of southwark"}
    assert past_minor_name(BOROUGH, [LEAD], BULLETS, TEXTS, used) == "Cockroaches"
    assert used == {"cockroaches"}


def test_a_name_the_article_goes_on_about_stays() -> None:
    texts = [*TEXTS, "The London Borough of Southwark said it would act.", "Southwark agreed."]
    assert past_minor_name(BOROUGH, [LEAD], BULLETS, texts, set()) == BOROUGH


def test_a_name_known_by_its_initials_stays() -> None:
    """ "RBS" of the Royal Bank of Scotland: the article goes on about it by another name."""
    lead = "Royal Bank of Scotland has racked up losses since it was bailed out by taxpayers."
    texts = [lead, "RBS said taxpayers would wait. Taxpayers own most of it.", "RBS shares fell as taxpayers fumed."]
    assert past_minor_name("Royal Bank of Scotland", [lead], [lead, texts[1]], texts, set()) == "Royal Bank of Scotland"


def test_a_thing_no_other_bullet_says_does_not_stand() -> None:
    bullets = [LEAD, "Newcastle is the most infested place.", "Wasps trouble Scotland."]
    assert past_minor_name(BOROUGH, [LEAD], bullets, TEXTS, set()) == BOROUGH


def test_the_pest_survey_not_the_borough() -> None:
    """en-cnndm record 3: the London Borough of Southwark is one finding of a survey of pests."""
    assert shared_group_titles("en-cnndm.jsonl", 3)[0] == "Key points: Cockroaches"


def test_a_word_alone_stays() -> None:
    """A one-word name said twice may be a person the article also calls otherwise ("Nazu")."""
    lead = "The police allege 28-year-old Nazrul, also called Nazu, raped the nun in the convent."
    texts = [lead, "Nazu fled. The convent was ransacked and the convent school robbed.", "The convent closed."]
    assert past_minor_name("Nazrul", [lead], [lead, texts[1]], texts, set()) == "Nazrul"
