"""A competition's name alone titling a group gives way to the contest the article writes it in
each time ("Fight for the Premier League"); a name written elsewhere too, once, after two contest
words, or with no bullet of the group writing the phrase stays. Small invented cases."""

from __future__ import annotations

from citebrief.text.en_title_contested import contest_words, contested_title

TEXTS = [
    'Rovers lost 3-0 at home. "We cannot fight for the Premier League like this," the coach said.',
    'The captain agreed: "Nobody will fight for the Premier League with that attitude."',
]
BULLETS = ["Rovers lost 3-0 at home", '"We cannot fight for the Premier League like this," the coach said']


def test_every_contest_word_is_one_lower_case_word() -> None:
    assert contest_words() >= {"fight", "race", "bid"}
    assert all(w.isalpha() and w.islower() for w in contest_words())


def test_a_competition_written_only_as_what_is_fought_for_takes_the_phrase() -> None:
    used = {"premier league", "late goals"}
    assert contested_title("Premier League", BULLETS, TEXTS, used) == "Fight for the Premier League"
    assert used == {"fight for the premier league", "late goals"}
    assert contested_title("Key points: Premier League", BULLETS, TEXTS, set()) == (
        "Key points: Fight for the Premier League"
    )


def test_a_competition_written_elsewhere_or_once_stays() -> None:
    elsewhere = [*TEXTS, "Premier League clubs voted on the new rules."]
    assert contested_title("Premier League", BULLETS, elsewhere, set()) == "Premier League"
    assert contested_title("Premier League", BULLETS, TEXTS[:1], set()) == "Premier League"
    two_words = [TEXTS[0], "Nobody will race for the Premier League with that attitude."]
    assert contested_title("Premier League", BULLETS, two_words, set()) == "Premier League"


def test_no_bullet_writing_it_another_name_or_a_taken_phrase_stays() -> None:
    assert contested_title("Premier League", BULLETS[:1], TEXTS, set()) == "Premier League"
    assert contested_title("Rovers", BULLETS, TEXTS, set()) == "Rovers"
    assert contested_title("Premier League", BULLETS, TEXTS, {"fight for the premier league"}) == "Premier League"
