"""A roundup group titled by one club ("Alfreton") whose bullets all fall under one competition's
section heading, glued to its first club ("Conference Barnet (home to Gateshead) …"), is titled
by the competition (`text/en_title_competition.py`); a group with a bullet before any heading in
its paragraphs, and a title that is no club's name, stay; the heading is no given name
(`text/en_title_given_name.py`). Cases cut from en-cnndm 9, and its brief itself."""

from __future__ import annotations

from citebrief.text.en_title_competition import competition_title, competitions
from citebrief.text.en_title_given_name import given_name_title
from conftest import shared_group_titles

# en-cnndm 9, passages 7-8 (cut short)
CONFERENCE = [
    "Tranmere will also be relegated if they fail to win and Hartlepool win. Cheltenham will be relegated if they "
    "lose and Hartlepool win. ........ Conference Barnet (home to Gateshead) will be promoted as champions if they "
    "win. Bristol Rovers (home to Alfreton) will be promoted as champions if they win and Barnet fail to win.",
    "Macclesfield need to win and hope either Eastleigh lose or Forest Green fail to win. Barring a 14-goal swing, "
    "Alfreton will be relegated if they lose.",
]
CONFERENCE_BULLETS = [
    "Bristol Rovers (home to Alfreton) will be promoted as champions if they win and Barnet fail to win",
    "Macclesfield need to win and hope either Eastleigh lose or Forest Green fail to win",
    "Barring a 14-goal swing, Alfreton will be relegated if they lose",
]
# en-cnndm 9, passages 3-4 (cut short): Ipswich and Millwall are the Championship's, headed in passage 2
MIXED = [
    "Ipswich (home to Nottingham Forest) will make sure of a play-off place if they win.",
    "If Rotherham win, Millwall will be relegated if they lose. League One Preston (home to Swindon) will be "
    "promoted if they win and MK Dons (away to Rochdale) lose.",
]
MIXED_BULLETS = [
    "Ipswich (home to Nottingham Forest) will make sure of a play-off place if they win",
    "If Rotherham win, Millwall will be relegated if they lose",
    "League One Preston (home to Swindon) will be promoted if they win and MK Dons (away to Rochdale) lose",
]


def _title(bullets: list[str], texts: list[str], title: str) -> str:
    return competition_title(bullets, texts, texts, {title.casefold()}, title)


def test_a_club_title_over_one_sections_bullets_is_the_competition() -> None:
    used = {"alfreton"}
    assert competition_title(CONFERENCE_BULLETS, CONFERENCE, CONFERENCE, used, "Alfreton") == "Conference"
    assert "conference" in used


def test_a_bullet_before_any_heading_in_the_groups_paragraphs_leaves_the_title() -> None:
    assert _title(MIXED_BULLETS, MIXED, "Leyton Orient") == "Leyton Orient"


def test_a_title_that_is_no_clubs_name_stays() -> None:
    assert _title(CONFERENCE_BULLETS, CONFERENCE, "Relegation Permutations of the Week") == (
        "Relegation Permutations of the Week"
    )


def test_a_competition_is_no_given_name() -> None:
    assert "Conference" in competitions()
    assert given_name_title("Conference", CONFERENCE, CONFERENCE, set()) == "Conference"


def test_en_cnndm_9_titles_the_conference_group_by_its_competition() -> None:
    assert shared_group_titles("en-cnndm.jsonl", 9)[3] == "Conference"
