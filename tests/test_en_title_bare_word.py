"""A bare given name takes the one full name the article writes, a bare time what the bullets say
happens then (`en_title_bare_word`, run among the last mends). Short cases of my own after en-xsum
briefs ("Joe" of a dialogue coach the article names in full once; "July" of a loan)."""

from __future__ import annotations

from citebrief.text.en_title_bare_word import bare_word_title
from citebrief.text.en_title_last_mends import mended_title

COACH = [
    "In Hollywood I met a voice coach called Joe Graham.",
    "Joe was on the set every day and gave me confidence.",
    "He made a great difference to my career.",
]
TWO_JOES = [*COACH, "Later Joe Bloggs took over the coaching."]
SON = ["Maria was woken by her son David as the house burned.", "David saw the flames first."]
LOAN = [
    "The club signed the striker on a season loan in July.",
    "The season loan in July ends in May, the manager said.",
]


def test_a_given_name_takes_the_full_name_the_article_writes() -> None:
    used = {"joe", "welsh landscape"}
    assert bare_word_title("Joe", COACH[1:], COACH, used) == "Joe Graham"
    assert "joe graham" in used and "joe" not in used
    assert mended_title("Joe", COACH[1:], COACH, {"joe"}, composed=False) == "Joe Graham"
    assert mended_title("Key points: Joe", COACH, COACH, {"joe"}, composed=True) == "Key points: Joe Graham"


def test_a_given_name_with_no_one_surname_stays() -> None:
    assert bare_word_title("Joe", COACH[1:], TWO_JOES, {"joe"}) == "Joe"  # which Joe: no guess
    assert bare_word_title("David", SON, SON, {"david"}) == "David"  # never written in full
    assert bare_word_title("Joe", COACH, COACH, {"joe", "joe graham"}) == "Joe"  # another title holds it
    assert bare_word_title("Graham", COACH, COACH, {"graham"}) == "Graham"  # a surname, no given name


def test_a_bare_time_gives_way_to_what_happens_then() -> None:
    used = {"july"}
    assert bare_word_title("July", LOAN, LOAN, used) == "Season Loan"
    assert "season loan" in used and "july" not in used
    assert bare_word_title("July", LOAN[:1], LOAN, {"july"}) == "July"  # one bullet: no group to retitle
