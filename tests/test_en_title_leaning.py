"""A group title that opens on a word pointing back into the story ("Fourth Try", "Biggest Sting")
says whose it is where a bullet writes that (`text/en_title_leaning.py`): a name's possessive as
written, or "his"/"her" in a bullet naming only the one person the group's bullets are about.
A title no bullet gives an owner, or two different owners, stays. Small cases written for the
rule, and the en-cnndm briefs it moved."""

from __future__ import annotations

from citebrief.text.data_files import data_lines
from citebrief.text.en_title_leaning import leaning_title, leans, superlatives
from conftest import shared_group_titles

TRIES = [
    "Leeds pulled a try back when winger Kallum Watkins finished off a flowing move at the corner.",
    "A break by substitute Daryl Clark created the position for Currie to go over for Warrington's fourth try.",
    "Substitute prop Roy Asotasi scored his first try for more than 12 months.",
]
STING = [
    "The parking attendant can be heard in the video warning McHenry she is being filmed.",
    "McHenry then fires back at the attendant over her job.",
    "After a few more comments, McHenry delivers her biggest sting.",
]
CONTEXT = ["Britt McHenry is a sports reporter.", "Warrington beat Leeds 29-10."]


def _title(bullets: list[str], title: str, used: set[str] | None = None) -> str:
    return leaning_title(bullets, bullets, bullets + CONTEXT, used if used is not None else {title.casefold()}, title)


def test_the_table_holds_lower_case_superlatives() -> None:
    rows = data_lines("en_superlatives.tsv")
    assert rows and all(r == r.lower() and " " not in r and (r.endswith("est") or r in {"best", "worst"}) for r in rows)
    assert {"biggest", "longest", "latest"} <= superlatives()


def test_a_leaning_opener_or_a_superlative_leans_a_name_does_not() -> None:
    assert leans("Fourth Try", [])
    assert leans("Biggest Sting", [])
    assert not leans("Try", [])
    assert not leans("Warrington's Fourth Try", [])
    assert not leans("Biggest Little City", ["Reno calls itself the Biggest Little City in the World."])


def test_a_name_s_possessive_says_whose() -> None:
    used = {"fourth try", "warrington v leeds"}
    assert _title(TRIES, "Fourth Try", used) == "Warrington's Fourth Try"
    assert used == {"warrington's fourth try", "warrington v leeds"}


def test_her_in_a_bullet_naming_the_group_s_one_person_says_whose() -> None:
    assert _title(STING, "Biggest Sting") == "McHenry's Biggest Sting"


def test_no_owner_another_person_or_two_owners_keep_the_title() -> None:
    fans = ["The couple set up a website so fellow fans can share their own pictures.", "They found 102 arrows."]
    assert _title(fans, "Fellow Fans") == "Fellow Fans"
    other = [*STING[:2], "Mr Ray said McHenry then delivered her biggest sting."]
    assert _title(other, "Biggest Sting") == "Biggest Sting"
    two = [*TRIES, "It was Leeds's fourth try of the season."]
    assert _title(two, "Fourth Try") == "Fourth Try"


def test_a_day_is_when_not_whose() -> None:
    bullets = ["Woods fired his best score in four years in Friday's second round.", "He carded a 69."]
    assert _title(bullets, "Second Round") == "Second Round"


def test_a_word_the_texts_write_in_lower_case_is_no_owner() -> None:
    bullets = ["And Warrington's fourth try came soon after.", "Warrington led 20-4 at the break."]
    assert _title(bullets, "Fourth Try") == "Warrington's Fourth Try"
    lone = ["It came soon after, and that's fourth try for them.", "They led 20-4 at the break."]
    assert _title(lone, "Fourth Try") == "Fourth Try"


def test_shared_briefs_say_whose() -> None:
    # en-cnndm 13's "Warrington's Fourth Try" gives way to the stage its bullets tell (test_en_title_stage.py)
    assert "McHenry's Biggest Sting" in shared_group_titles("en-cnndm.jsonl", 111)
    assert "Second Round" in shared_group_titles("en-cnndm.jsonl", 90)  # not "Friday's Second Round"
