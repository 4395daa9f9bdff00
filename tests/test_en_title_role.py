"""An English group title that names a person by role ("Amateur Champion") over a group of that
person's words becomes "Surname on Topic" (`text/en_title_role.py`); a role another person holds
than the one whose words the group is ("CEO of Mayweather Promotions" over Arum's quote), and a
title that names no role, stay. Cases cut from en-cnndm 81 and 165, and their briefs themselves."""

from __future__ import annotations

from citebrief.text.en_overview_said import said_grounded
from citebrief.text.en_title_role import role_heads, role_holder, role_named, role_title
from conftest import shared_group_titles

# en-cnndm 81, passages 1-2 (cut short)
NEIL = [
    "Bradley Neil admitted he needed to give himself a 'kick up the arse' after missing the cut on his Masters "
    "debut at Augusta National. The 19-year-old Scot carded rounds of 78 and 79 to finish 13 over par. 'It was a "
    "great learning experience but very tough,' said the 2014 Amateur champion, who played with 1988 Masters "
    "winner Sandy Lyle.",
    "'Every time you get to play with the world's best you'll take something away. This is where I want to be in "
    "a few years time. I just need to keep working harder.",
]
NEIL_BULLETS = [
    "'It was a great learning experience but very tough,' said the 2014 Amateur champion, who played with 1988 "
    "Masters winner Sandy Lyle",
    "'Every time you get to play with the world's best you'll take something away.'",
    "I just need to keep working harder",
]
# en-cnndm 165, passages 3-4 (cut short)
ARUM = [
    "'They don't want us to have any say,' Arum added.",
    "Leonard Ellerbe, CEO of Mayweather Promotions, disagreed with Arum. He said: 'The bottom line is that Bob "
    "isn't willing to live with the agreement signed a couple months ago, which doesn't allow him to be in "
    "control.'",
]
ARUM_BULLETS = [
    "'They don't want us to have any say,' Arum added",
    "Leonard Ellerbe, CEO of Mayweather Promotions, disagreed with Arum",
    "He said: 'The bottom line is that Bob isn't willing to live with the agreement signed a couple months ago, "
    "which doesn't allow him to be in control.'",
]
ARUM_LEAD = ["Manny Pacquiao's promoter Bob Arum has revealed that the contracts have yet to be signed."]


def _title(bullets: list[str], texts: list[str], title: str, context: list[str] | None = None) -> str:
    return role_title(bullets, texts, [*(context or []), *texts], {title.casefold()}, title)


def test_a_role_title_over_ones_words_is_the_speaker_on_what_they_speak_of() -> None:
    title = _title(NEIL_BULLETS, NEIL, "Amateur Champion")
    assert title == "Neil on Learning Experience"
    assert said_grounded(title, NEIL)


def test_the_role_is_held_by_the_person_named_last_before_it() -> None:
    article = [*ARUM_LEAD, *ARUM, *ARUM_BULLETS]
    assert role_holder("CEO of Mayweather Promotions", ARUM, article) == "Ellerbe"
    assert role_holder("Amateur Champion", NEIL, [*NEIL, *NEIL_BULLETS]) == "Neil"


def test_a_role_another_holds_than_the_speaker_stays() -> None:
    assert _title(ARUM_BULLETS, ARUM, "CEO of Mayweather Promotions", ARUM_LEAD) == "CEO of Mayweather Promotions"


def test_a_title_naming_no_role_stays() -> None:
    assert not role_named("Boxer's Fortunes")
    assert not role_named("Chris Christie's Bid for President")  # en-cnndm 163
    assert role_named("CEO of Mayweather Promotions") and role_named("Belgian Forward")
    assert _title(NEIL_BULLETS, NEIL, "Masters Winner Sandy Lyle") == "Masters Winner Sandy Lyle"


def test_the_role_heads_are_lower_case_words() -> None:
    assert all(head == head.lower() and " " not in head for head in role_heads())


def test_en_cnndm_briefs_title_the_speaker_not_the_role() -> None:
    assert shared_group_titles("en-cnndm.jsonl", 81)[1] == "Neil on Learning Experience"
    assert shared_group_titles("en-cnndm.jsonl", 165)[1] == "CEO of Mayweather Promotions"
