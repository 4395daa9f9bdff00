"""An English overview titled by a bare name whose lead names the person and whose next sentence
takes them up as "The man"/"The woman" with a deed of `data/en_named_deeds.tsv` is titled by that
deed (`text/en_overview_deed.next_kind_deed`): blind readers want "Name's Event", not the name."""

from __future__ import annotations

import pytest

from citebrief.text.en_overview_deed import grounded, next_kind_deed, overview_event
from conftest import shared_group_titles

_LEAD = "Police say Jo Smith, also called Jojo, was the man who stole the car."


@pytest.mark.parametrize(
    ("after", "titled"),
    [
        ("The man, a local farmer, was arrested at a bus station.", "Jo Smith's arrest"),
        ("The man was jailed on Monday.", "Jo Smith's jailing"),
        ("The woman was arrested at a bus station.", "Jo Smith's arrest"),
        ("The man was arrested in 2012 for theft.", "Jo Smith"),  # dated: what came before the news
        ("The man who saw it was arrested.", "Jo Smith"),  # a clause of its own: another man
        ("The car was found later.", "Jo Smith"),  # no person by kind
        ("Then the man was arrested.", "Jo Smith"),  # not the sentence's opening
    ],
)
def test_the_next_sentence_by_kind_gives_the_deed(after: str, titled: str) -> None:
    assert next_kind_deed("Jo Smith", _LEAD, [f"{_LEAD} {after}"], set()) == titled


def test_a_lead_that_does_not_name_the_person_gives_none() -> None:
    lead = "Police say a thief stole the car."
    assert next_kind_deed("Jo Smith", lead, [f"{lead} The man was arrested."], set()) == "Jo Smith"


def test_the_overview_takes_it_where_no_deed_of_the_name_is() -> None:
    texts = [f"{_LEAD} The man was arrested at a bus station."]
    used: set[str] = set()
    assert overview_event("Jo Smith", _LEAD, texts, used) == "Jo Smith's arrest"
    assert "jo smith's arrest" in used
    assert grounded("Jo Smith's Arrest", texts)


def test_a_real_article_names_the_arrest() -> None:
    """en-xsum record 147: "... Nazrul, also called Nazu, was the man who raped ... The man ... was arrested"."""
    assert shared_group_titles("en-xsum.jsonl", 147)[0] == "Key points: Nazrul's Arrest"
