"""An English overview still titled by a name alone takes its charge with what it is or its
apology, where the opening writes it of the name (`text/en_overview_late_deed.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_overview_deed import grounded
from citebrief.text.en_overview_late_deed import late_deed
from conftest import shared_group_titles


@pytest.mark.parametrize(
    ("texts", "titled"),
    [
        (
            ["Police want karate teacher Jo Smith who has been charged with eight counts of arson."],
            "Jo Smith's arson charges",
        ),
        (["Jo Smith, 31, was charged with attempted murder on Monday."], "Jo Smith's attempted murder charges"),
        (["Mr Smith was today charged with fraud.", "Jo Smith had run the firm."], "Jo Smith's fraud charges"),
        (
            ["Dr Jo Smith, 38, of Barnston, Wirral, has denied four counts of sexual assault"],
            "Dr Jo Smith's sexual assault charges",
        ),
        (["Leeds United have apologised to supporters after the delay."], "Leeds United's apology"),
        (["Rafael Nadal eased past Spanish compatriot Nicolas Almagro 6-3 6-1."], "Rafael Nadal's victory"),
        (["Jo Smith, 28, beat Ann Lee in the final on Sunday."], "Jo Smith's victory"),
        (["Jo Smith, a councillor for Ham, beat closest rival Ann Lee in the ballot."], "Jo Smith's victory"),
        (["Jo Smith, 48, pictured in 2012, shot his girlfriend Ann Lee."], "Jo Smith's shooting of his girlfriend"),
        (["Mr Smith fatally stabbed her husband at home.", "Jo Smith, 41,"], "Jo Smith's stabbing of her husband"),
        (["The news came on Friday.", "Jo Smith (pictured) apologised for the remark."], "Jo Smith's apology"),
    ],
)
def test_a_name_alone_takes_its_charge_or_apology(texts: list[str], titled: str) -> None:
    name = titled.split("'s ", maxsplit=1)[0]
    used: set[str] = set()
    assert late_deed(name, texts, used) == titled
    assert used == {name.casefold(), titled.casefold()}
    assert grounded(titled.title().replace("'S ", "'s "), texts)  # bench/brief_checks.py can ground it


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Jo Smith", "Jo Smith was charged with killing his wife."),  # an "-ing": what he did, not a charge's name
        ("Jo Smith", "Jo Smith was charged with fraud in 2012 and cleared."),  # dated: before the news
        ("Jo Smith", "Police said Ann Lee was charged with fraud as Jo Smith watched."),  # another's charge
        ("Jo Smith", "Jo Smith could be charged with fraud."),  # hedged: no auxiliary of a past fact
        ("Jo Smith", "Jo Smith refused to apologise for the remark."),  # no apology
        ("Jo Smith", "Jo Smith has admitted the offence."),  # no counts: no charge named
        ("Jo Smith", "Jo Smith beat his wife, the court heard."),  # no rival named
        ("Jo Smith", "Jo Smith beat his rivals to the post."),  # "rival", but no one named
        ("Jo Smith", "Jo Smith shot his film in Rome."),  # no one of his own
        ("Jo Smith", "Jo Smith killed his wife in 2009."),  # dated: before the news
        ("Jo Smith", "Jo Smith beat Ann Lee in 2013, the year she won."),  # dated: before the news
        ("Leeds United", "After Leeds United beat Hull City, their coach said more."),  # the occasion
        ("Leeds United", "Manchester United beat Hull City, as Leeds United watched."),  # "United" of another
        ("Jo Smith's Arrest", "Jo Smith has apologised."),  # a deed already
        ("fraud", "fraud was charged with theft."),  # no name
    ],
)
def test_no_late_deed_where_it_is_not_the_names_news(subject: str, text: str) -> None:
    assert late_deed(subject, [text], set()) == subject


def test_a_deed_later_than_the_opening_paragraphs_is_not_read() -> None:
    texts = ["One.", "Two.", "Three.", "Four.", "Jo Smith has apologised."]
    assert late_deed("Jo Smith", texts, set()) == "Jo Smith"


@pytest.mark.parametrize(
    ("index", "title"),
    [
        (114, "Key points: Alexander Soumbadze's Child Pornography Charges"),
        (173, "Key points: Manchester City's Apology"),
        (43, "Key points: Terry Martin's Shooting of His Girlfriend"),
        (89, "Key points: Dr Ram Manohar's Sexual Assault Charges"),
        (105, "Key points: Rafael Nadal's Victory"),
    ],
)
def test_real_articles_say_what_the_name_underwent_or_did(index: int, title: str) -> None:
    assert shared_group_titles("en-cnndm.jsonl", index)[0] == title
