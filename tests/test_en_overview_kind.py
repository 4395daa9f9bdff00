"""An English overview whose subject the lead names only by kind takes what the lead writes befell
it: the kind's deed or mishap, or the deed of the person a lead with a relative clause opens on
(`text/en_overview_kind.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_overview_deed import grounded
from citebrief.text.en_overview_kind import kind_event, lead_kind_deed
from conftest import shared_group_titles


@pytest.mark.parametrize(
    ("subject", "lead", "titled"),
    [
        (
            "Longboarder",
            ["It's not a safety video.", "But this clip of a longboarder crashing downhill shows him fall."],
            "Longboarder's Crash",
        ),
        ("NBA Fan", ["A 45-year-old NBA fan died at a game on Friday. She was 45."], "NBA Fan's Death"),
        ("Law Professor", ["The law professor was arrested after her email."], "Law Professor's Arrest"),
        (
            "Cabin Crew",
            ["The cabin crew suffered a serious injury, his colleague said."],
            "Cabin Crew's Serious Injury",
        ),
    ],
)
def test_a_kind_takes_what_befell_it(subject: str, lead: list[str], titled: str) -> None:
    used = {subject.casefold()}
    assert kind_event(subject, lead, lead, used) == titled
    assert used == {titled.casefold()}
    assert grounded(titled, lead)  # as `bench/brief_checks.py` asks of it


@pytest.mark.parametrize(
    ("subject", "lead"),
    [
        ("Jo Smith", ["Jo Smith was arrested on Friday."]),  # a name: the deed readers' (`en_overview_deed`)
        ("Longboarder", ["A longboarder filmed the crash. He was fine."]),  # no deed right after the kind
        ("Longboarder", ["A longboarder crashing in 2004 was filmed. He was hurt."]),  # dated before the news
        ("Teacher", ["A teacher who was arrested in May has spoken out. She denies it."]),  # the clause's deed
        ("Longboarder's Crash", ["A longboarder crashing downhill."]),  # already a deed's title
        ("Plane", ["A plane crashing into the sea was filmed from the beach."]),  # no one's: "Plane Crash" reads so
    ],
)
def test_what_befell_no_kind_leaves_the_subject(subject: str, lead: list[str]) -> None:
    assert kind_event(subject, lead, lead, set()) == subject


def test_a_kind_takes_the_nickname_the_article_says_it_goes_by() -> None:
    lead = ["A 45-year-old NBA fan has become a celebrity for her air bongo skills."]
    texts = [*lead, "Over the years she has become known as the Bongo Lady with thousands of followers."]
    used = {"nba fan"}
    assert kind_event("NBA Fan", lead, texts, used) == "Bongo Lady"
    assert used == {"bongo lady"}
    assert kind_event("NBA Fan", lead, [*lead, "Her club is known as the Grizzlies."], set()) == "NBA Fan"  # not hers
    assert kind_event("NBA Fan", lead, [*lead, "She is known as the Queen."], set()) == "NBA Fan"  # one word: a role
    named = ["Jo Smith has become a celebrity.", "She is known as the Bongo Lady."]
    assert kind_event("Jo Smith", named, named, set()) == "Jo Smith"  # a name is no kind


def test_a_lead_with_a_relative_clause_gives_its_main_deed() -> None:
    lead = [
        "A little girl who slipped through metal bars was saved by the efforts of her neighbours.",
        "Na Chu had just returned from the zoo.",
    ]
    used = {"efforts of the neighbour"}
    assert lead_kind_deed("Efforts of the Neighbour", lead, lead, used) == "Little Girl's Rescue"
    assert used == {"little girl's rescue"}
    named = [*lead, "Chu was unhurt. Chu's mother thanked them."]  # the article names her: her name stands
    assert lead_kind_deed("Efforts of the Neighbour", lead, named, set()) == "Na Chu's Rescue"


def test_a_with_phrase_and_its_clause_give_the_main_deed() -> None:
    lead = [
        "A schoolboy with a rare illness which means he is allergic to sunlight has been racially abused.",
        "Jo Smith, 11, is so sick of being taunted that he has stopped.",
    ]
    named = [*lead, "Smith wears a cream. Smith is 11."]
    assert lead_kind_deed("Jo Smith", lead, named, set()) == "Jo Smith's Racial Abuse"
    assert lead_kind_deed("Rare Illness", lead, lead, set()) == "Schoolboy's Racial Abuse"  # hardly named


def test_a_slimming_story_gives_weight_loss_where_the_article_writes_it() -> None:
    lead = [
        "An obese mother who enjoyed takeaways has lost more than seven stone after a remark.",
        "Jo Smith, 32, tipped the scales at 20 stone.",
    ]
    named = [*lead, "Smith began her weight loss at a gym. Smith is happy."]
    assert lead_kind_deed("Jo Smith", lead, named, set()) == "Jo Smith's Weight Loss"
    assert lead_kind_deed("Jo Smith", lead, [*lead, "Smith is happy. Smith runs."], set()) == "Jo Smith"
    lost = ["A boxer who was champion has lost 12 fights since.", "Jo Smith spoke."]  # no weight: no deed of it
    assert lead_kind_deed("Jo Smith", lost, [*lost, "weight loss"], set()) == "Jo Smith"


def test_an_order_to_pay_back_is_a_repayment_order() -> None:
    lead = [
        "A meat trader who swindled cash to pay for luxury holidays was ordered to pay back £500,000 today.",
        "Jo Smith, 38, of Harlow, travelled first class.",
    ]
    named = [*lead, "Smith hid the fraud. Smith bought a villa."]
    assert lead_kind_deed("Jo Smith", lead, named, set()) == "Jo Smith's Repayment Order"
    assert grounded("Jo Smith's Repayment Order", named)  # "was ordered to pay back" grounds it


@pytest.mark.parametrize(
    "first",
    [
        "A pub landlord who was convicted of drink driving has vowed never to drink again.",  # the clause's own
        "A man who killed his wife after she was arrested has spoken.",  # a clause of its own before the deed
        "A man was arrested on Friday.",  # no relative clause: `kind_deed`'s form
        "A man who attacked a neighbour and was arrested by police has spoken.",  # the clause's second verb
        "A report that was leaked to the press was banned.",  # a thing's clause
        "A climber who set out at dawn, his friends said, was rescued.",  # a comma before the verb
    ],
)
def test_no_main_deed_past_a_relative_clause_leaves_the_subject(first: str) -> None:
    lead = [first, "Jo Smith spoke to reporters."]
    assert lead_kind_deed("Drink Driving", lead, lead, set()) == "Drink Driving"


@pytest.mark.parametrize(
    ("index", "title"),
    [
        (103, "Key points: Longboarder's Crash"),  # was "Key points: Longboarder"
        (104, "Key points: Little Girl's Rescue"),  # was "Key points: Efforts of the Neighbour"
        (139, "Key points: Bongo Lady"),  # was "Key points: NBA Fan"
        (11, "Key points: Grant Allen's Repayment Order"),  # was "Key points: Grant Allen"
        (66, "Key points: James Creag's Racial Abuse"),  # was "Key points: James Creag"
        (132, "Key points: Lizzi Crawford's Weight Loss"),  # was "Key points: Lizzi Crawford"
    ],
)
def test_shared_articles_overview(index: int, title: str) -> None:
    assert shared_group_titles("en-cnndm.jsonl", index)[0] == title
