"""A phrase whose plain adjective one bullet alone says ("Successful Industry" of one quote) does
not title a group whose bullets say only its noun again ("the industry")."""

from __future__ import annotations

from citebrief.text.chunks import Chunk
from citebrief.text.en_title_choice import heard
from citebrief.text.en_title_cover import covering_title
from citebrief.text.en_title_lone_adjective import lone_adjective
from conftest import shared_group_titles

FISHING = [
    "The policy has often been characterised by the industry as a disaster for Britain's fishing.",
    "Many in the fishing community argue that Brexit now offers the industry the chance to regain control.",
    "The Lords say that industry might be a low priority for the government.",
    '"A successful industry," the report says, "therefore needs continued market access."',
]


def _chunk(text: str, named: tuple[bool, ...] = ()) -> Chunk:
    words = tuple(text.split())
    return Chunk(text, words, "np", False, named or (False,) * len(words))


def test_an_adjective_one_bullet_says_is_lone() -> None:
    said = [heard(b) for b in FISHING]
    assert lone_adjective(_chunk("successful industry"), said)


def test_an_adjective_two_bullets_say_a_noun_modifier_and_a_name_are_not() -> None:
    said = [heard(b) for b in [*FISHING, "It was a successful season for the fleet."]]
    assert not lone_adjective(_chunk("successful industry"), said)
    assert not lone_adjective(_chunk("fishing industry"), [heard(b) for b in FISHING])  # not a plain adjective
    assert not lone_adjective(_chunk("British industry", (True, False)), [heard(b) for b in FISHING])


def test_the_quote_s_adjective_does_not_title_the_group() -> None:
    title = covering_title(FISHING, FISHING, FISHING, set(), "Market Access")
    assert title != "Successful Industry"


def test_en_xsum_171_fishing_group_is_not_titled_by_a_quote_s_quality() -> None:
    titles = shared_group_titles("en-xsum.jsonl", 171)
    assert "Successful Industry" not in titles
    assert "UK Fish" in titles
