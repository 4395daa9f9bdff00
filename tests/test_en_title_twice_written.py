"""A one-word English group title takes the short noun phrase holding it that two of the group's
bullets write ("Inmate" → "Former Inmate"), or one bullet and a sentence of the group's paragraphs
other than the bullet's own; a phrase one bullet writes once (a caption repeating its sentence no
second writing), a modifier that only says how many, a verb after the word, a phrase only inside a
quotation or one another title holds stays as it was. Small invented cases, and the en-xsum
briefs the rule was written for."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import data_lines
from citebrief.text.en_title_twice_written import twice_written_title
from conftest import shared_group_titles

INMATE = [
    "One former inmate said the jail was notorious for mobile phones.",
    "The spokeswoman said laws had been introduced to jail smugglers.",
    "The former inmate claimed drones were used to fly contraband goods.",
]
QUOTAS = [
    "The EU announced agreement on new quotas under the CFP.",
    "Responding to the new quotas, the industry said this augurs well.",
]
STEWARDS = [
    "In the video he is at first restrained by two stewards as his group clash.",
    "Later two stewards are seen holding him back.",
]
SCOOTER = [
    "Hanoi's scooter drivers carry chickens, chairs and whole families.",
    "Tourists photograph the scooter drivers of Hanoi.",
]
FLY = [
    "The fly tries to escape the web.",
    "Then the fly tries again.",
]


def _title(bullets: list[str], title: str, texts: list[str] | None = None, used: set[str] | None = None) -> str:
    given = used if used is not None else set()
    given.add(title.casefold())
    return twice_written_title(bullets, texts or bullets, texts or bullets, given, title)


def test_a_word_two_bullets_write_with_its_modifier_takes_the_phrase() -> None:
    used = {"inmate", "chelmsford prison"}
    assert twice_written_title(INMATE, INMATE, INMATE, used, "Inmate") == "Former Inmate"
    assert used == {"former inmate", "chelmsford prison"}


@pytest.mark.parametrize("modifier", data_lines("en_twice_modifiers.tsv"))
def test_each_listed_loose_modifier_written_twice_says_which_one(modifier: str) -> None:
    bullets = [f"A {modifier} inmate said the jail was notorious.", f"The {modifier} inmate claimed drones flew."]
    assert _title(bullets, "Inmate") == f"{modifier.capitalize()} Inmate"


def test_the_new_quotas_two_bullets_write() -> None:
    assert _title(QUOTAS, "Quotas") == "New Quotas"


def test_a_count_written_twice_stays() -> None:
    assert _title(STEWARDS, "Stewards") == "Stewards"


def test_a_noun_after_the_word_it_modifies() -> None:
    assert _title(SCOOTER, "Scooter") == "Scooter Drivers"


def test_a_preposition_before_the_word_is_no_modifier() -> None:
    bullets = ["The club is under investigation by the FA.", "He remains under investigation, police said."]
    assert _title(bullets, "Investigation") == "Investigation"


def test_a_verb_after_the_word_is_no_phrase() -> None:
    assert _title(FLY, "Fly") == "Fly"
    culture = ["Vietnam has a scooter culture.", "Tourists love the scooter culture."]
    assert _title(culture, "Scooter") == "Scooter"  # "culture" may be a verb: left, narrow


def test_a_name_is_no_title_word_here() -> None:
    bullets = ["The Vietnam scooter is everywhere.", "A Vietnam scooter carries chickens."]
    assert _title(bullets, "Vietnam") == "Vietnam"


def test_one_bullet_once_stays_but_a_paragraph_sentence_of_its_own_counts() -> None:
    bullets = [INMATE[0], INMATE[1]]
    assert _title(bullets, "Inmate") == "Inmate"
    caption = [f"{INMATE[0]} Caption: {INMATE[0]}"]
    assert _title(bullets, "Inmate", caption) == "Inmate"  # the caption repeats the bullet's sentence
    texts = [f"{INMATE[0]} Later the former inmate wrote to the governor."]
    assert _title(bullets, "Inmate", texts) == "Former Inmate"


def test_a_phrase_inside_a_quotation_only_stays() -> None:
    bullets = ["He said: 'The former inmate lied to us.'", "'The former inmate is a liar,' she said."]
    assert _title(bullets, "Inmate") == "Inmate"


def test_a_phrase_another_title_holds_stays() -> None:
    assert _title(INMATE, "Inmate", used={"former inmate claims"}) == "Inmate"


def test_a_phrase_is_taken_only_for_a_one_word_title() -> None:
    assert _title(INMATE, "Prison Inmate") == "Prison Inmate"


def test_the_xsum_briefs_name_the_former_inmate_and_the_new_quotas() -> None:
    assert "Former Inmate" in shared_group_titles("en-xsum.jsonl", 105)  # was "Inmate"
    assert "New Quotas" in shared_group_titles("en-xsum.jsonl", 171)  # was "Quotas"
