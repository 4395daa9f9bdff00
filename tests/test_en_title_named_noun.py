"""A bare common-noun English title takes the name a bullet writes before it ("GTC Scotland Hearing")."""

from __future__ import annotations

from citebrief.text.en_title_named_noun import named_noun_title
from conftest import shared_group_titles


def _titled(bullets: list[str], title: str, used: set[str] | None = None) -> str:
    return named_noun_title(bullets, bullets, bullets, set() if used is None else used, title)


def test_a_bare_noun_takes_the_name_before_it() -> None:
    bullets = ["A GTC Scotland hearing was told he had failed.", "He was not present at the hearing."]
    assert _titled(bullets, "Hearing") == "GTC Scotland Hearing"


def test_a_noun_after_it_carries_the_compound_on() -> None:
    bullets = ["The new French Alps glaciers inventory was produced by a team.", "It assessed 600 glaciers."]
    assert _titled(bullets, "Glacier") == "French Alps Glaciers Inventory"


def test_openers_possessives_and_sentence_starts_are_no_names() -> None:
    assert _titled(["She said. The hearing was told he failed."], "Hearing") == "Hearing"
    assert _titled(["Police said Geaney's hearing was told he failed."], "Hearing") == "Hearing"
    assert _titled(["Sun reporter Vince Soodin will not be prosecuted."], "Reporters") == "Reporters"
    assert _titled(["He said: Court hearing dates are set."], "Hearing") == "Hearing"


def test_a_verb_after_the_noun_stays_out_and_a_name_taken_is_left() -> None:
    bullets = ["It said Matching Models clients include MTV and Harrods."]
    assert _titled(bullets, "Client") == "Matching Models Clients"
    assert _titled(bullets, "Client", {"matching models"}) == "Client"


def test_a_phrase_or_a_name_title_is_left() -> None:
    assert _titled(["A GTC Scotland hearing was told."], "GTC Hearing") == "GTC Hearing"


def test_shared_articles_name_the_hearing_and_the_inventory() -> None:
    assert "GTC Scotland Hearing" in shared_group_titles("en-xsum.jsonl", 47)
    assert "French Alps Glaciers Inventory" in shared_group_titles("en-xsum.jsonl", 84)
