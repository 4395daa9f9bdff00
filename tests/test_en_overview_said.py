"""An English overview titled by a bare name whose lead says what that person spoke of is titled
"Name on Topic" (`text/en_overview_said.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_overview_deed import grounded
from citebrief.text.en_overview_said import overview_said, spoken_topic
from conftest import shared_group_titles


@pytest.mark.parametrize(
    ("lead", "topic"),
    [
        ("Jo Smith will say that high taxes are 'immoral' as workers get a cut.", "high taxes"),
        ("Actress Jo Smith has revealed that the short hairstyle she models was a copy.", "short hairstyle"),
        (
            "Jo Smith has admitted an intense campaign with Chelsea may have left him tired.",
            "intense campaign with Chelsea",
        ),
        ("Leeds boss Jo Smith has reminded Ann Lee and Tom Hart about their duties.", "Ann Lee and Tom Hart"),
        ("(CNN)Jo Smith, 41, says the new stadium is too small.", "new stadium"),
        ("Jo Smith hailed Diego Simeone as one of the best coaches.", "Diego Simeone"),
        ("Jo Smith knows only too well that a Tyne-Wear derby can make or break a manager.", "Tyne-Wear derby"),
        # runs on past its clause: its head alone
        ("Jo Smith has revealed that the contracts for his fight in Las Vegas have yet to be signed.", "the contracts"),
    ],
)
def test_the_lead_names_what_its_subject_spoke_of(lead: str, topic: str) -> None:
    assert spoken_topic("Jo Smith", lead) == topic


@pytest.mark.parametrize(
    "lead",
    [
        "Jo Smith has admitted his side still have work to do.",  # whose side? no topic
        "Jo Smith admitted taking his daughter to a rally.",  # a gerund: a deed, not a topic
        "Jo Smith has revealed that the need for a quick fix in Las Vegas, he thinks, was small.",  # vague head
        "Jo Smith has urged Aston Villa to man up.",  # whom he spoke to, not of what
        "After Leeds beat Hull, Jo Smith said the players are tired.",  # a clause before: no subject
        "Police said Jo Smith was arrested as the players are tired.",  # the name is no speaker
        "Jo Smith said that he is tired.",  # a pronoun
        "Jo Smith scored twice and the crowd are happy.",  # no saying
        "Jo Smith said before the game he had a secret plan.",  # a preposition opens no topic
        "Jo Smith believes the club should brace themselves.",  # one word that points back
    ],
)
def test_no_topic_where_the_lead_does_not_say_one(lead: str) -> None:
    assert spoken_topic("Jo Smith", lead) == ""


def test_the_title_is_the_name_on_its_topic_and_grounded() -> None:
    lead = "Jo Smith will say that high taxes are 'immoral' as workers get a cut."
    used: set[str] = set()
    assert overview_said("Jo Smith", lead, [lead], used) == "Jo Smith on high taxes"
    assert used == {"jo smith on high taxes"}
    assert grounded("Jo Smith on High Taxes", [lead])  # bench/brief_checks.py can ground it
    assert not grounded("Jo Smith on Low Taxes", [lead])


@pytest.mark.parametrize("subject", ["Jo Smith's Arrest", "high taxes"])
def test_only_a_bare_name_takes_a_topic(subject: str) -> None:
    lead = "Jo Smith will say that high taxes are 'immoral'."
    assert overview_said(subject, lead, [lead], set()) == subject


@pytest.mark.parametrize(
    ("index", "title"),
    [
        (186, "Key points: David Cameron on High Taxes"),
        (143, "Key points: Brendan Rodgers on Raheem Sterling and Jordon Ibe"),
        (124, "Key points: Julia Louis-Dreyfus on Ultra-short Hairstyle"),
        (87, "Key points: John Carver on Tyne-Wear Derby"),  # "knows only too well that"
        (134, "Key points: David Cameron"),  # "announced plans to ...": no saying of a topic
        (165, "Key points: Bob Arum on the Contracts"),  # "the contracts for his fight against ..."
    ],
)
def test_real_leads_title_what_their_person_spoke_of(index: int, title: str) -> None:
    assert shared_group_titles("en-cnndm.jsonl", index)[0] == title
