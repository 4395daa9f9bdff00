"""An English overview's subject says what the article is about: a judged subject gives way to
the lead's own thing or loses its judgement ("Honeybee"), and a person the lead names only as
whom its subject is related to ("the right-hand man of Saddam Hussein") gives way to that
subject. Openings from the shared en-cnndm set."""

from __future__ import annotations

from citebrief.text.en_overview_title import overview_plain
from conftest import shared_group_titles

DOURI = [
    "A fugitive Iraqi militant leader and the former right-hand man of Saddam Hussein has reportedly been killed "
    "in a skirmish.",
    "Iraqi officials said Izzat Ibrahim al-Douri had died in fighting with government troops in Salahuddin "
    "province, north of Baghdad.",
]
DOURI_TEXT = [
    " ".join(DOURI),
    "Al-Douri, 72, headed the Naqshbandi Order insurgent group. Al-Douri was an Iraqi military commander.",
    "Al-Douri was the King of Clubs in the famous pack of cards. Al-Douri was confirmed as the new leader.",
    "Saddam Hussein was executed in 2006. Al-Douri evaded capture.",
]
BEE = [
    "The humble honeybee may only be small, but scientists are hoping to use its brain to power drones.",
    "Boffins are working towards recreating the cognitive abilities of the European Honeybee.",
]
BEE_TEXT = [" ".join(BEE), "The honeybee brain is being modelled by researchers at Sheffield."]


def test_a_person_named_only_as_whom_the_subject_served_gives_way() -> None:
    used = {"saddam hussein"}
    assert overview_plain("Saddam Hussein", DOURI, DOURI, DOURI_TEXT, used) == "Izzat Ibrahim al-Douri"
    assert "izzat ibrahim al-douri" in used and "saddam hussein" not in used


def test_a_person_the_lead_is_about_stays() -> None:
    opening = ["Saddam Hussein was executed in 2006 after a trial.", "Izzat Ibrahim al-Douri fled."]
    assert overview_plain("Saddam Hussein", opening, opening, DOURI_TEXT, set()) == "Saddam Hussein"


def test_a_judged_subject_loses_its_judgement() -> None:
    assert overview_plain("Humble Honeybee", BEE, BEE, BEE_TEXT, {"humble honeybee"}) == "Honeybee"


def test_a_plain_subject_stays() -> None:
    assert overview_plain("Royal Bank of Scotland", BEE, BEE, BEE_TEXT, set()) == "Royal Bank of Scotland"


PROM = [
    "Promposals are the big trend in high school proms as teens ask each other to the biggest dance of the year.",
    "Students this year will likely spend a third of their prom budgets on the elaborate new ritual.",
]
PROM_TEXT = [" ".join(PROM), "Pricey promposals: students spend on average $324 on promposals, a survey found."]


def test_a_judged_subject_gives_way_to_the_thing_the_lead_opens_on() -> None:
    # a word no dictionary knows, which the text writes in lower case too: a thing, not a name
    assert overview_plain("Biggest Dance of the Year", PROM, PROM, PROM_TEXT, set()) == "Promposals"


LIZZI = [
    "An obese mother who enjoyed takeaways and boozy nights out has lost more than seven stone after a child on a "
    "bus pointed at her and asked whether she was pregnant.",
    "Lizzi Crawford, 32, tipped the scales at 20 stone when she overheard the young bus passenger ask his mum: "
    "'Has she got a baby in her belly?'",
]
DUCHESS = [
    "The Duchess of Cambridge is a modern-day suffragette who has done more to advance the cause of women than "
    "anyone else in recent years.",
    "Or so says actress Patsy Kensit, who made the comments in an interview with this week's Stylist magazine.",
]


def test_a_word_alone_gives_way_to_the_name_the_opening_writes_it_in() -> None:
    bullets = ["Lizzi had reached a size 24 dress after living on a diet of burgers, pizzas and kebabs."]
    used = {"lizzi"}
    assert overview_plain("Lizzi", LIZZI, bullets, LIZZI + bullets, used) == "Lizzi Crawford"
    assert used == {"lizzi crawford"}
    used = {"duchess"}
    assert overview_plain("Duchess", DUCHESS, DUCHESS, DUCHESS, used) == "Duchess of Cambridge"


def test_a_word_alone_no_longer_name_holds_stays() -> None:
    opening = ["Police said a hapless car thief likely stole the Toyota after the boy's father left it running."]
    assert overview_plain("Toyota", opening, opening, opening, {"toyota"}) == "Toyota"


ODDS = [
    "Odds on the second royal baby being called Sam have been slashed, following the success of the jockey.",
    "Bookmakers have slashed odds on the name Sam being chosen for the baby.",
]


def test_a_head_that_names_no_story_alone_takes_its_complement() -> None:
    # "Odds" alone says how likely, not what: the phrase its "on" takes, up to the verb, does
    found = overview_plain("Success of Part-time Jockey", ODDS, ODDS, ODDS, {"success of part-time jockey"})
    assert found == "Odds on the Second Royal Baby"


def test_the_shared_odds_article_names_the_baby() -> None:
    assert shared_group_titles("en-cnndm.jsonl", 71)[0] == "Key points: Odds on the Second Royal Baby"  # was "Odds"
