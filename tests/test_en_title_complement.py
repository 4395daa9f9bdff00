"""A one-word English group title of a common noun that no noun phrase widens takes its
participle ("Villa" → "Rented Villa") or a name after a preposition ("Collision with a Citroen
Berlingo", "Earthquake in L'Aquila"); a verb's object, a graded participle, one scene's place and a
name cut at its abbreviation leave the word. Small cases written after en-cnndm and en-xsum briefs,
and the briefs of shared articles themselves."""

from __future__ import annotations

import re

import pytest

from citebrief.text.en_title_complement import (
    _DETERMINERS,
    MAX_BETWEEN,
    PLACE_PARAGRAPHS,
    _complement_phrases,
    _cut_name,
    _describes,
    _forms,
    _modifies,
    _name_run,
    _participle_phrases,
    clause_openers,
    complement_title,
    complements,
    parse_complements,
)
from citebrief.text.en_title_widening import form_spans
from conftest import shared_group_titles

VILLA = [
    "The presence of a pesticide at the rented villa may have caused the illnesses.",
    "Paramedics were called to the villa, which the family was renting.",
]
TRACK = [
    "The train makes its way along the 9km long electrified track.",
    "Two people cross the track in front of the train.",
]
DAMAGE = [
    "The ship has suffered damage in wild weather.",
    "There are reports that there has been some damage.",
]
COLLISION = [
    "He failed to stop after being involved in a collision with a Citroen Berlingo.",
    "Police found him standing next to his car.",
]
RUN_ON = ["Pictured: the collision with a Citroen Berlingo The driver fled.", "The collision was reported."]
QUAKE = [
    "Italy is still trying to recover from the deadly earthquake in L'Aquila.",
    "Scientists had told officials in L'Aquila that a major earthquake was not likely.",
]
SCOOTER = [
    "People carry wacky things on the back of a scooter.",
    "A man carries 20 chickens on the back of his scooter in Sapa, Vietnam.",
]
SAINT = [
    "A pesticide at the villa in St. John may have caused the illnesses.",
    "Paramedics were called to the villa in St. John.",
]
DAY = ["Police returned on the following day.", "The day was cold."]
PARTY_ASIDE = ["The collision was reported.", "Police came."]
PARTY_ASIDE_TEXTS = ["It was a collision with a Citroen Berlingo.", *PARTY_ASIDE]


@pytest.mark.parametrize(
    ("bullets", "title", "wider"),
    [
        pytest.param(VILLA, "Villa", "Rented Villa", id="a-participle"),
        pytest.param(TRACK, "Track", "Electrified Track", id="a-participle-after-a-figure-and-an-adjective"),
        pytest.param(COLLISION, "Collision", "Collision with a Citroen Berlingo", id="its-other-party"),
        pytest.param(RUN_ON, "Collision", "Collision with a Citroen Berlingo", id="not-the-next-sentence-s-opener"),
        pytest.param(QUAKE, "Earthquake", "Earthquake in L'Aquila", id="a-place-two-paragraphs-write"),
    ],
)
def test_a_bare_noun_widens(bullets: list[str], title: str, wider: str) -> None:
    used = {title.casefold(), "other title"}
    assert complement_title(bullets, bullets, bullets, used, title) == wider
    assert wider.casefold() in used and title.casefold() not in used


@pytest.mark.parametrize(
    ("bullets", "texts", "title"),
    [
        pytest.param(DAMAGE, DAMAGE, "Damage", id="a-verb-s-object"),
        pytest.param(DAY, DAY, "Day", id="an-ing-form-says-when"),
        pytest.param(SCOOTER, SCOOTER, "Scooter", id="one-scene-s-place"),
        pytest.param(SAINT, SAINT, "Villa", id="a-name-cut-at-its-abbreviation"),
        pytest.param(PARTY_ASIDE, PARTY_ASIDE_TEXTS, "Collision", id="a-party-no-bullet-writes"),
        pytest.param(VILLA, VILLA, "Rented Villa", id="two-words-already"),
        pytest.param(["The Villa won again."], ["The Villa won again."], "Villa", id="a-name"),
    ],
)
def test_the_title_stays(bullets: list[str], texts: list[str], title: str) -> None:
    assert complement_title(bullets, texts, texts, set(), title) == title


def test_a_phrase_another_title_holds_stays() -> None:
    assert complement_title(VILLA, VILLA, VILLA, {"villa", "rented villa"}, "Villa") == "Villa"


def test_the_prepositions_say_a_party_or_a_place() -> None:
    rows = complements()
    assert {c.preposition for c in rows} >= {"with", "in"}
    assert all(c.preposition.isalpha() and c.preposition.islower() and c.kind in {"party", "place"} for c in rows)


def test_a_kind_neither_party_nor_place_is_an_error() -> None:
    assert parse_complements(["with\tparty", "in\tplace"])[1].kind == "place"
    with pytest.raises(ValueError, match="kind must be one of party, place"):
        parse_complements(["near\tspot"])


def test_the_clause_openers_are_capitalised_words() -> None:
    openers = clause_openers()
    assert "The" in openers and all(w.isalpha() and w[:1].isupper() for w in openers)


@pytest.mark.parametrize(
    ("name", "index", "title", "bare"),
    [
        ("en-cnndm.jsonl", 109, "Rented Villa", "Villa"),
        ("en-cnndm.jsonl", 179, "Collision with a Citroen Berlingo", "Collision"),
        ("en-xsum.jsonl", 15, "Earthquake in L'Aquila", "Earthquakes"),
    ],
)
def test_shared_briefs(name: str, index: int, title: str, bare: str) -> None:
    titles = shared_group_titles(name, index)
    assert title in titles and bare not in titles


def _participle_phrases_compiled(forms: str, bullets: list[str]) -> list[str]:
    """`_participle_phrases` as it was before its pattern was built only for a bullet with a word
    in "ed" before the noun."""
    pattern = re.compile(rf"\b{_DETERMINERS}\s+((?:\S+\s+){{0,{MAX_BETWEEN}}}?)([a-z]+ed)\s+({forms})")
    found = []
    for bullet in bullets:
        for match in pattern.finditer(bullet):
            between, modifier, noun = match.groups()
            if all(_describes(w) for w in between.split()) and _modifies(modifier):
                found.append(f"{modifier} {noun}")
    return found


def _complement_phrases_compiled(forms: str, bullets: list[str], group_texts: list[str]) -> list[str]:
    """`_complement_phrases` as it was before the noun was found with `str.find` and the rest of the
    phrase matched by one pattern per preposition: a pattern compiled per title and complement."""
    found = []
    for complement in complements():
        pattern = re.compile(rf"({forms})\s+{complement.preposition}\s+((?:the|a|an)\s+)?{_name_run()}")
        for text in (*bullets, *group_texts):
            for match in pattern.finditer(text):
                name = match.group(3)
                if _cut_name(name, text, match.end()):
                    continue
                if complement.kind == "place" and sum(name in t for t in group_texts) < PLACE_PARAGRAPHS:
                    continue
                if complement.kind == "party" and not any(match.group(0) in b for b in bullets):
                    continue
                found.append(match.group(0))
    return found


ODD = [
    "collisions with Ford Fiesta, a collision-course, collision's end, scollision with Ford, 'collision with Ann'",
    "Collision with Ford; collision  with\tthe  Ford Transit Van Lines; collisionwith Ford; collision with ford",
    "the collision with a Ford the collision with Ford The collision with Ford, collision in Leeds in Leeds",
    "the crashed collision, the 9km long derailed collisions, a damaged\ncollision, the scrapped  collisions",
]


@pytest.mark.parametrize(
    ("noun", "texts"),
    [
        ("collision", COLLISION),
        ("collision", RUN_ON),
        ("collision", ODD),
        ("collisions", ODD),
        ("villa", VILLA),
        ("track", TRACK),
        ("damage", DAMAGE),
        ("earthquake", ["The earthquake in L'Aquila killed 300.", "Rescuers reached L'Aquila at dawn."]),
        ("dispute", ["The dispute over Gibraltar went on.", "The dispute against Spain and the dispute with Spain."]),
        ("collision", ["A collision happened.", "Nobody saw it."]),  # no preposition
        ("s", ["s with Ford, ss in Leeds, the s with A"]),  # a one-letter title: its stem is empty
    ],
)
def test_phrases_found_without_a_pattern_per_title_are_those_compiled_ones_found(noun: str, texts: list[str]) -> None:
    forms = _forms(noun)
    for text in texts:
        assert list(form_spans(noun, text)) == [m.span(1) for m in re.finditer(f"(?=({forms}))", text)]
    for bullets in (texts, texts[:1]):
        assert _complement_phrases(noun, bullets, texts) == _complement_phrases_compiled(forms, bullets, texts)
        assert _participle_phrases(noun, bullets) == _participle_phrases_compiled(forms, bullets)
