"""An English overview titled by one word of a name takes the full name its lead bullet opens on,
with the deed the lead writes of it (`text/en_overview_bullet_name.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_overview_bullet_name import bullet_name
from citebrief.text.en_overview_deed import grounded

OTHERS = [
    "His mother, Ann Pring, spoke at the hearing.",
    "Coroner Tom Pring said Pring was unlucky and it will rain.",
]


@pytest.mark.parametrize(
    ("subject", "lead", "titled"),
    [
        ("Pring", "Jon Pring, 47, was killed by a van on a road near Leeds in 2009.", "Jon Pring's death"),
        ("Pring", "Jon Pring died in hospital on Monday.", "Jon Pring's death"),
        ("Pring", "Jon Pring (pictured) was jailed for six years.", "Jon Pring's jailing"),
        ("Pring", "Jon Pring has been appointed head coach of the club.", "Jon Pring's appointment"),
        ("Pring", "Jon Pring, 27, admitted driving over the limit.", "Jon Pring"),  # no deed: the name
        ("Jon", "Jon Pring, 15, was suffering from a rare cancer.", "Jon Pring"),  # a given name alone
        ("Ann Pring", "Harry Pring died after a van hit him.", "Harry Pring's death"),  # the mother: his death
    ],
)
def test_one_word_takes_the_lead_bullets_full_name_and_deed(subject: str, lead: str, titled: str) -> None:
    used = {subject.casefold()}
    assert bullet_name(subject, [lead], ["linkJon Pring, 47, ...", *OTHERS], used) == titled
    assert used == {titled.casefold(), titled.split("'s ", maxsplit=1)[0].casefold()}
    if "'s " in titled:  # bench/brief_checks.py can ground it
        assert grounded(titled.title().replace("'S ", "'s "), [lead, *OTHERS])


@pytest.mark.parametrize(
    ("subject", "lead"),
    [
        ("Pring", "Jon Pring may have been killed by a van."),  # hedged: "Jon Pring" alone
        ("Pring", "Jon Pring was not charged with any offence."),  # denied: "Jon Pring" alone
    ],
)
def test_a_hedged_deed_gives_the_name_alone(subject: str, lead: str) -> None:
    assert bullet_name(subject, [lead], OTHERS, set()) == "Jon Pring"


@pytest.mark.parametrize(
    ("subject", "lead"),
    [
        ("Pring", "Police said Jon Pring was killed."),  # the lead opens on no name
        ("Pring", "Mr Pring was killed by a van."),  # a title, no given name
        ("Hamilton", "World champion Hamilton started from the back."),  # a word the lexicon knows
        ("Pring", "But Pring was killed."),  # a function word
        ("Lee", "Jon Pring was killed."),  # another's name
        ("Pring's Death", "Jon Pring was killed."),  # a title already
        ("Pring", "Will Pring was killed."),  # a word the article writes in lower case: "it will rain"
        ("Ann Pring", "Jon Pring, 27, admitted driving over the limit."),  # a full name: only a deed moves it
        ("Ann Lee", "Jon Pring died in hospital."),  # another surname
    ],
)
def test_no_full_name_of_the_subject_leaves_it(subject: str, lead: str) -> None:
    assert bullet_name(subject, [lead], OTHERS, set()) == subject


def test_a_name_already_used_stays() -> None:
    assert bullet_name("Pring", ["Jon Pring died."], OTHERS, {"jon pring"}) == "Pring"


@pytest.mark.parametrize(
    ("title", "stands"),
    [
        ("Jon Pring's Death", True),
        ("Jon Pring", True),
        ("Jon Pring's Jailing", False),  # no such deed written of him
        ("Ann Pring's Death", False),  # not the one it befell
    ],
)
def test_a_title_stands_on_the_lead_past_its_share_bar(title: str, stands: bool) -> None:
    texts = ["Share this withEmailFacebookCopy this linkJon Pring, 47, was killed by a van in Leeds.", "Ann Lee spoke."]
    assert grounded(title, texts) is stands
