"""A one-word title one bullet says gives way to the noun every bullet says (`en_title_every_noun`)."""

from citebrief.text.en_title_every_noun import every_noun_title
from conftest import shared_group_titles

BULLETS = [
    "More than 500,000 children already work to supplement the family income in Bolivia",
    "The International Labour Organisation says children under the age of 15 should not be allowed to work",
]


def test_noun_every_bullet_says() -> None:
    assert every_noun_title(BULLETS, BULLETS, BULLETS, {"age"}, "Age") == "Children"


def test_title_two_bullets_say_stays() -> None:
    assert every_noun_title(BULLETS, BULLETS, BULLETS, set(), "Children") == "Children"
    assert every_noun_title(BULLETS, BULLETS, BULLETS, set(), "Work") == "Work"


def test_two_nouns_leave_the_title() -> None:
    bullets = ["The old notes went to banks.", "The old notes are in circulation at banks."]
    assert every_noun_title(bullets, bullets, bullets, set(), "Circulation") == "Circulation"


def test_shared_titles() -> None:
    assert shared_group_titles("en-xsum.jsonl", 106)[2] == "Children"  # not "Age"


def test_a_word_that_may_be_a_verb_is_no_noun() -> None:
    bullets = ["We have managed to take photos of 40.", "Time and money will dictate how many we take."]
    assert every_noun_title(bullets, bullets, bullets, set(), "Money") == "Money"  # not "Take"
