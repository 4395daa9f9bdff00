"""Tests for en_title_people: a one-word people title gives way to what a bullet says befell them."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.en_title_people import people_title

DATA = Path("/work/shared/data/en-cnndm.jsonl")


def test_blow_to_taxpayers() -> None:
    bullets = ["The loss is a blow to taxpayers, who own 80 per cent of the bank.", "Shares fell."]
    used = {"taxpayers"}
    assert people_title(bullets, bullets, bullets, used, "Taxpayers") == "Blow to Taxpayers"
    assert "blow to taxpayers" in used and "taxpayers" not in used


def test_name_and_plain_titles_stand() -> None:
    bullets = ["Williams of Ladbrokes said a blow to Ladbrokes came."]
    assert people_title(bullets, bullets, bullets, set(), "Ladbrokes") == "Ladbrokes"
    fans = ["The pack of cards was found.", "A set of rules for fans."]
    assert people_title(fans, fans, fans, set(), "Fans") == "Fans"  # "set of", no "to"/"for" before


def test_taken_phrase_stands() -> None:
    bullets = ["It was a blow to taxpayers."]
    assert people_title(bullets, bullets, bullets, {"blow to taxpayers"}, "Taxpayers") == "Taxpayers"


def test_rbs_brief() -> None:
    """en-cnndm 72: the RBS loss "is a blow to taxpayers", the group's title says so."""
    record = json.loads(DATA.read_text(encoding="utf-8").splitlines()[72])
    titles = [g.title for g in draft(document_from_text(record["article"], origin="72", kind="text")).groups]
    assert "Blow to Taxpayers" in titles and "Taxpayers" not in titles


def test_agent_noun_gives_its_doing() -> None:
    bullets = ["He said all new migrants should speak English.", "Large-scale migration is damaging, he said."]
    assert people_title(bullets, bullets, bullets, set(), "Migrants") == "Migration"
    investors = ["The investors fled.", "The investment fell by half."]
    assert people_title(investors, investors, investors, set(), "Investors") == "Investment"


def test_bare_stem_is_no_doing() -> None:
    bullets = ["The workers left.", "Work stopped at the plant."]
    assert people_title(bullets, bullets, bullets, set(), "Workers") == "Workers"
    migrants = ["New migrants must speak English.", "Large-scale migration is damaging."]
    assert people_title(migrants, migrants, migrants, {"migration"}, "Migrants") == "Migrants"  # taken


def test_of_phrase_is_what_they_live() -> None:
    bullets = ["Bikes carry pigs, but it's just a way of life for the locals, said Thompson.", "Bikes are everywhere."]
    assert people_title(bullets, bullets, bullets, set(), "Locals") == "Way of Life"
