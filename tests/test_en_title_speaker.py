"""Who told an English story (`told_by`, one table of verbs for every title step) and a group
title that names only the teller giving way to what the group tells ("Paul Dundon" over a
forecast of absenteeism -> "Absenteeism"). Short articles written for the rules."""

from __future__ import annotations

import pytest

from citebrief.text.en_title_speaker import only_teller, speaker_title, told_by
from conftest import shared_group_titles


@pytest.mark.parametrize(
    ("name", "text"),
    [
        pytest.param("McLachlan", "Mr McLachlan said: 'He put his hand down her dress.'", id="name-said"),
        pytest.param("Crawford", "Lizzi's mum, Mary Crawford, 57, said her efforts were amazing.", id="apposition"),
        pytest.param("Morris", "But Jean Morris from the farm said Big Ben was born small.", id="from-the-farm"),
        pytest.param("Parks", "'Shay comes in every day,' said goalkeeping coach Tony Parks.", id="said-role-name"),
        pytest.param("Times", "He told the Tampa Bay Times that he had not seen it.", id="told-outlet"),
        pytest.param("Agency", "The cancer returned, Turkey's semiofficial Anadolu Agency reported.", id="agency"),
        pytest.param("Dundon", "Paul Dundon warned there would be a big jump in sick days.", id="warned"),
        pytest.param("Reports", "It was the cheapest fare, according to Consumer Reports.", id="according-to"),
    ],
)
def test_a_teller_is_named_beside_a_verb_of_saying(name: str, text: str) -> None:
    assert told_by(name, text)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        pytest.param("Fairfield", "A resident said the car was parked in Fairfield.", id="said-a-clause"),
        pytest.param("Court", "Portsmouth Crown Court was told she raped the teenager.", id="passive-listener"),
        pytest.param("Dundon", "Bosses met Paul Dundon on Monday.", id="no-verb"),
        pytest.param("Pickles", "John Prescott said Mr Pickles had given a 'car crash' interview.", id="said-subject"),
    ],
)
def test_a_name_in_what_was_said_or_who_heard_it_is_no_teller(name: str, text: str) -> None:
    assert not told_by(name, text)


def test_only_teller_asks_every_bullet_that_names_them() -> None:
    bullets = ["Mr Dundon said sick days would rise.", "Dundon runs a firm of 40 staff."]
    assert not only_teller("Dundon", bullets)
    assert only_teller("Dundon", bullets[:1])
    assert not only_teller("Dundon", ["Sick days would rise."])  # named by none


ABSENCE = [
    "Paul Dundon warned there would be a big jump in employees calling in sick because they feel 'entitled' to "
    "the day off.",
    "Mr Dundon said bosses should expect a 20 per cent rise in absenteeism on Monday.",
    "In Queensland alone, losses to businesses are estimated at more than $7.5 million if 20,000 workers call in sick.",
]


def test_a_tellers_name_gives_way_to_the_matter_the_group_reports() -> None:
    used = {"anzac weekend", "paul dundon"}
    assert speaker_title(ABSENCE, ABSENCE, ABSENCE, used, "Paul Dundon") == "Absenteeism"
    assert "absenteeism" in used and "paul dundon" not in used


def test_a_name_the_group_is_about_stays() -> None:
    about = [
        "Paul Dundon was fined for calling in sick.",
        "Mr Dundon said the rise in absenteeism was not his fault.",
        "His employer said the absenteeism cost $2 million.",
    ]
    assert speaker_title(about, about, about, set(), "Paul Dundon") == "Paul Dundon"


def test_a_teller_stays_where_the_bullets_name_no_matter() -> None:
    chat = [
        "'Shay comes in every day and trains hard,' said goalkeeping coach Tony Parks.",
        "If Guz isn't playing well then Shay will be back in the team.",
    ]
    assert speaker_title(chat, chat, chat, set(), "Tony Parks") == "Tony Parks"  # "Lad", "Efforts" would say less


def test_a_teller_of_their_own_story_stays() -> None:
    own = ["Loeb says he met the actress in 2010.", "Loeb said he filed a complaint.", "The embryos were frozen."]
    assert speaker_title(own, own, own, set(), "Loeb") == "Loeb"


def test_a_minister_said_to_have_given_a_car_crash_interview_is_what_the_group_is_about() -> None:
    # en-cnndm 134: Pickles says the volunteering plan is unworkable, Prescott says Mr Pickles had
    # given a 'car crash' interview; not one bullet's "Cameron's Announcement" (a time aside)
    titles = shared_group_titles("en-cnndm.jsonl", 134)
    assert "Eric Pickles" in titles and "Cameron's Announcement" not in titles


def test_a_role_noun_after_a_verb_of_saying_reads_as_before() -> None:
    # en-cnndm 80: "O'Donnell revealed the former St Mirren player was undergoing counselling";
    # read as a clause's subject, the group took one bullet's "St Mirren Player"
    assert "St Mirren Player" not in shared_group_titles("en-cnndm.jsonl", 80)
