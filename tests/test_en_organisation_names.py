"""A bullet opening on "The firm" or "The charity" the brief never names takes the one organisation of
that kind (`data/en_organisation_kinds.tsv`) the sentences around it name and the page writes twice
(en-xsum 28: "[Tata Steel] said it had signed a Letter of Intent …"); verify reads the name in the
cited passage."""

from __future__ import annotations

import pytest

from citebrief.engines.en_organisation_names import kind_names, named_organisation_en, organisation_near
from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.model import VerdictLabel
from citebrief.text.data_files import rows_by_kind
from citebrief.verify import verify_brief
from conftest import shared_article
from scored_builder import en_story_scored

KINDS = [(noun, end) for noun, ends in rows_by_kind("en_organisation_kinds.tsv").items() for end in ends]


@pytest.mark.parametrize(("noun", "end"), KINDS)
def test_each_row_names_an_organisation_of_its_noun(noun: str, end: str) -> None:
    name = end if end.isupper() else f"Acme {end}"
    sentences = [f"The {noun} said sales fell.", f"Bosses at {name} were upset.", f"{name} will cut jobs."]
    assert organisation_near(sentences, 0, kind_names()[noun]) == (name, 1)


def test_no_name_where_two_or_none_are_written_twice_or_only_the_bullet_names_one() -> None:
    firms = kind_names()["firm"]
    two = ["The firm said sales fell.", "Acme Group and Tata Steel met.", "Acme Group and Tata Steel agreed."]
    assert organisation_near(two, 0, firms) is None
    once = ["The firm said sales fell.", "Greybull Capital bought a plant."]
    assert organisation_near(once, 0, firms) is None
    # the firm the bullet deals with is not the firm it speaks of; "Steel union" alone names no firm
    own = ["The firm will talk to Liberty House Group.", "Steel union Community spoke.", "Liberty House Group agreed."]
    assert organisation_near(own, 0, firms) is None
    # a name's first word alone counts as a mention: "Tata sold …"
    tata = ["The firm said it had signed.", "Tata Steel's boss spoke.", "In April, Tata sold a plant."]
    assert organisation_near(tata, 0, firms) == ("Tata Steel", 1)
    # "An RSPCA spokesman": the article is no part of the name
    charities = ["The charity said tests confirmed it.", "An RSPCA spokesman spoke.", "RSPCA inspector Andy Bostock."]
    assert organisation_near(charities, 0, kind_names()["charity"]) == ("RSPCA", 1)


@pytest.mark.parametrize(
    ("index", "named"),
    [
        (28, "[Tata Steel] said it had signed a Letter of Intent"),
        (30, '[Scottish SPCA] said the one-year-old cat was "incredibly lucky"'),
        (133, "[RSPCA] said tests confirmed all of the cats"),
    ],
)
def test_shared_xsum_bullet_names_its_organisation_and_verify_supports_it(index: int, named: str) -> None:
    document = document_from_text(shared_article("en-xsum.jsonl", index), origin="test", kind="text")
    brief = verify_brief(draft_extractive(document), document)
    points = [p for g in brief.groups for p in g.points]
    point = next(p for p in points if p.text.startswith(named))
    assert point.support is not None and point.support.label is VerdictLabel.supported
    assert not any(p.text.startswith(("The firm said", "The charity said")) for p in points)


def test_the_organisation_which_takes_the_food_bank_the_page_names() -> None:
    """ "The organisation, which …" opens on its noun too: the name in its place, the comma kept;
    "The organisation said" as before, and none where a bullet above names the bank."""
    story = [
        ("The Riverside Food Bank, which stands apart from the big networks, urged caution.", 1),
        ("The organisation, which feeds other charities, said the figures misled.", 1),
        ("Volunteers in Riverside packed parcels.", 2),
    ]
    scored = en_story_scored(story)
    bullet = story[1][0]
    named = named_organisation_en(scored, 1, bullet, [])
    assert named == ("[Riverside Food Bank], which feeds other charities, said the figures misled.", 1)
    said = named_organisation_en(scored, 1, "The organisation said the figures misled.", [])
    assert said == ("[Riverside Food Bank] said the figures misled.", 1)
    assert named_organisation_en(scored, 1, bullet, [0]) is None
    # "The organisation, formed in 1990, …": an aside no relative clause opens, read as before (none)
    assert named_organisation_en(scored, 1, "The organisation, formed in 1990, said so.", []) is None


def test_a_name_written_once_serves_only_as_the_subject_of_the_sentence_just_before() -> None:
    agents = kind_names()["company"]
    subject = ["Bay Reef Vacations, which lets the flats, said pests were found.", "The company said it hired a firm."]
    assert organisation_near(subject, 1, agents) == ("Bay Reef Vacations", 0)
    # written once elsewhere, or not the subject of the sentence just before: the bullet stays
    earlier = ["Bay Reef Vacations said pests were found.", "Nobody was hurt.", "The company said it hired a firm."]
    assert organisation_near(earlier, 2, agents) is None
    object_ = ["Guests sued Bay Reef Vacations on Monday.", "The company said it hired a firm."]
    assert organisation_near(object_, 1, agents) is None


def test_a_short_page_names_the_company_its_sentence_before_opens_on_and_verify_supports_it() -> None:
    text = (
        "A family of four fell ill on holiday in a rented flat on the island of Marla last month, officials said.\n\n"
        "Doctors said the parents and their two young children are recovering in a hospital on the mainland.\n\n"
        "Health officials said a strong pesticide sprayed in the flat below may have made the family ill.\n\n"
        "The pesticide is banned for use in homes because its fumes can spread through walls and floors.\n\n"
        "Bay Reef Vacations, which lets flats, said only the flat below was sprayed.\n\n"
        "The company said it had hired an outside pest control firm, Kleen Pest, for the spraying.\n\n"
        "Police have opened an inquiry into the spraying and whether any safety laws were broken.\n\n"
        "The family's lawyer said the parents want those responsible for the poisoning held to account."
    )
    document = document_from_text(text, origin="test", kind="text")
    brief = verify_brief(draft_extractive(document), document)
    points = [p for g in brief.groups for p in g.points]
    point = next(p for p in points if "hired an outside pest control firm" in p.text)
    assert point.text.startswith("[Bay Reef Vacations] said it had hired")
    assert point.support is not None and point.support.label is VerdictLabel.supported
