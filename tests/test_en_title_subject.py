"""A name one bullet writes gives way to the person most of the group's bullets follow
(`en_title_subject`): by opening on them, quoting them or pointing back at them. A person the
bullets share with the title, one only half follow, and one another title names stay out. Small
cases from the shared briefs, and en-xsum briefs as pasted."""

from __future__ import annotations

from citebrief.text.en_title_subject import followed_people, owned_noun, subject_title
from conftest import shared_group_titles

RACE = [
    "Hellen Obiri upset defending world champion Almaz Ayana to win 5,000m gold in London, with Sifan Hassan third",
    "Muir's time of 14 minutes 52.07 seconds was her new outdoor personal best",
    "\"I'm really happy,\" she said after Sunday's race",
]
ARTICLE = [
    "Muir told BBC Scotland her studies will mean she will not be with the Scotland team.",
    "However, Muir says the World Indoor Championships in March are a target.",
    *RACE,
]


def _titled(bullets: list[str], title: str, texts: list[str], used: frozenset[str] = frozenset()) -> str:
    return subject_title(bullets, texts, texts, {title.casefold(), *used}, title)


def test_each_bullet_follows_its_opening_person_or_the_one_before() -> None:
    assert followed_people(RACE, ARTICLE) == ["Obiri", "Muir", "Muir"]


def test_a_winner_said_once_gives_way_to_the_runner_the_bullets_follow() -> None:
    assert _titled(RACE, "Hellen Obiri", ARTICLE) == "Muir's Time"


def test_the_noun_after_the_name_is_one_noun_only() -> None:
    assert owned_noun("Muir", ["Muir's personal best was set in London"]) == "Muir"
    assert owned_noun("Muir", ["Muir's time of 14 minutes stood"]) == "Muir's time"


def test_a_person_another_title_names_stays_out() -> None:
    assert _titled(RACE, "Hellen Obiri", ARTICLE, frozenset({"laura muir"})) == "Hellen Obiri"


def test_a_title_whose_surname_another_bullet_says_stays() -> None:
    # en-cnndm 84: "a livid Carver" in the third bullet; the group is not Neville's alone
    match = [
        "Head coach John Carver said before the game he had a secret motivational tactic up his sleeve",
        "Phil Neville was scathing in his assessment of Newcastle a fortnight ago",
        "Neville was at the Stadium of Light on Sunday and, rather than prove him wrong as a livid Carver promised",
    ]
    texts = ["Phil Neville said it.", "John Carver said so.", *match]
    assert _titled(match, "John Carver", texts) == "John Carver"


def test_they_points_back_to_no_person() -> None:
    # en-xsum 82: "They also arrested her boyfriend" follows the investigators, not the place before
    arrest = [
        "Investigators arrested Kali Henifin, who they say planned to pick the two men up",
        "They also arrested her boyfriend, who allegedly told officers he was to be paid",
        "Her lawyer said nothing",
    ]
    assert followed_people(arrest, ["Kali Henifin said nothing.", *arrest]) == ["Henifin", "", ""]


def test_xsum_group_titled_by_the_runner_it_follows() -> None:
    assert shared_group_titles("en-xsum.jsonl", 161)[2] == "Muir's Time"  # not "Hellen Obiri"
