"""The brief's last bullet, a closing turn of the article that shares almost no weighed word with
any other bullet, is dropped where its group keeps three (engines/en_homeless_closers.py), read on
shared articles as pasted and as the benches cut them."""

from __future__ import annotations

from citebrief.eval.rouge import split_paragraphs
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from conftest import cnndm_groups, group_opening, shared_article


def _bench_groups(index: int) -> list[list[str]]:
    """An en-cnndm article's brief as the benches make it: its one block cut into passages of three
    sentences (`bench/extractive.py`'s `as_article`)."""
    text = shared_article("en-cnndm.jsonl", index).strip()
    document = document_from_text("\n\n".join(split_paragraphs(text, "en")), origin="x", kind="text")
    return [[point.text for point in group.points] for group in draft(document).groups]


def _says(groups: list[list[str]], words: str) -> bool:
    return any(words in text for group in groups for text in group)


def test_the_business_leaders_meeting_leaves_the_census_projections() -> None:
    # en-cnndm 18: it shared only "immigration" (and "expand") with the brief, under "Nation's Population"
    groups = cnndm_groups(18)
    assert not _says(groups, "Key business leaders form a group"), groups
    assert len(group_opening(groups, "From a starting point of 2010")) == 3, groups


def test_the_scooby_van_leaves_the_bought_facebook_fans() -> None:
    # en-cnndm 21: the bullet says the sentence before its own ("Clinton is in Monticello ..."),
    # which opens on no pronoun; it shared only "campaign"
    groups = cnndm_groups(21)
    assert not _says(groups, "Scooby"), groups
    assert group_opening(groups, "The new measurements will add")[-1].startswith("Clinton left the agency"), groups


def test_a_closer_stating_the_outcome_stays() -> None:
    # en-cnndm 12: the prosecutors' planned appeal of the ruling, an outcome (`en_outcomes`)
    assert _says(cnndm_groups(12), "preparing an appeal")


def test_a_closer_going_on_from_the_bullet_before_or_tied_to_nothing_stays() -> None:
    # en-cnndm 73 as the benches cut it: Celta Vigo's fixture goes on from the relegation-zone
    # bullet before it ("relegation"); without it the group lost its title, "Relegation"
    assert _says(_bench_groups(73), "Celta Vigo travel to Eibar")
    # en-cnndm 176 as the benches cut it: the cities suing "the company" (Uber) share no weighed
    # word with any bullet: the story's subject, told in the article's common words
    assert _says(_bench_groups(176), "are both suing the company")
