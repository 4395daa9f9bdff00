"""A phrase that is the choice's noun with another modifier ("Prom Banner" for "Plane Banners")
takes no title's place (`text/en_title_same_head.py`, `en_title_choice.en_group_title`)."""

from __future__ import annotations

from citebrief.text.en_title_same_head import same_head
from conftest import shared_group_titles


def test_the_same_head_with_other_modifiers() -> None:
    assert same_head("Prom Banner", "Plane Banners")
    assert same_head("Vocational Education Systems", "England's Vocational System")


def test_other_heads_phrases_with_links_and_the_phrase_itself_are_not() -> None:
    assert not same_head("Prom Banner", "Prom Night")
    assert not same_head("Banner", "Plane Banners")  # a word alone: `families(text) <= kept` reads it
    assert not same_head("Mortgage Fraud", "Proceeds of the Fraud")  # "Proceeds" is that one's head
    assert not same_head("Plane Banners", "Plane Banners")
    assert not same_head("Glass", "Glass")


def test_cnndm_95_plane_banners_stay() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 95)
    assert "Plane Banners" in titles
    assert "Prom Banner" not in titles
