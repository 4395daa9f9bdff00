"""A one-word title of a thing the group's one person has takes whose it is
(`text/en_title_whose.py`): the noun a bullet writes after "her"/"his" ("her two charges" →
"Barrientos's Charges"), or a court's proceeding a bullet writes beside another court word
("Hearing" → "Geaney's Hearing"). A bullet naming another person, one where the name only says
who spoke, a verb between the pronoun and the noun, and a proceeding of a group naming two people
keep the bare title. Small cases written after en-cnndm and en-xsum briefs, and those briefs."""

from __future__ import annotations

import re

import pytest

from citebrief.text.en_actors import is_person, key
from citebrief.text.en_chunks import word_classes
from citebrief.text.en_title_possessed import NAME_RUN
from citebrief.text.en_title_whose import MAX_MODIFIERS, SAID_AFTER, _owns, whose_title
from conftest import shared_group_titles

CONTEXT = [
    "Lianna Barrientos pleaded not guilty.",
    "Timothy Geaney admitted the offence.",
    "Judy Clarke is a lawyer.",
    "Mr Ray was warned.",
]
CHARGES = [
    "The newspaper reported that Barrientos could be sentenced to eight years stemming from her two charges.",
    "Barrientos has been arrested multiple times, including for loitering, according to the Daily News.",
    "Barrientos, from the Bronx, lived with her partner until her arrest in February.",
]
HEARING = [
    "The panel found that Geaney had failed to uphold the standards expected of the profession.",
    "It also noted that the offending behaviour had taken place over a lengthy period of time.",
    "Geaney, who was 69 at the time he was sentenced, was not present at the hearing.",
]


def _title(bullets: list[str], title: str) -> str:
    used = {title.casefold()}
    return whose_title(bullets, bullets, bullets + CONTEXT, used, title)


def test_a_thing_a_bullet_gives_the_person_takes_their_name() -> None:
    used = {"charges", "lianna barrientos"}
    assert whose_title(CHARGES, CHARGES, CHARGES + CONTEXT, used, "Charges") == "Barrientos's Charges"
    assert used == {"barrientos's charges", "lianna barrientos"}


def test_a_proceeding_beside_another_court_word_takes_their_name() -> None:
    assert _title(HEARING, "Hearing") == "Geaney's Hearing"


def test_a_proceeding_of_a_group_naming_another_person_stays() -> None:
    bullets = [*HEARING[:2], "Mr Ray said Geaney, who was sentenced, was not present at the hearing."]
    assert _title(bullets, "Hearing") == "Hearing"


def test_a_bullet_naming_another_person_or_only_who_spoke_is_not_theirs() -> None:
    other = [CHARGES[1], CHARGES[2], "Mr Ray said Barrientos faced her two charges, the court heard."]
    assert _title(other, "Charges") == "Charges"
    spoken = [
        "Clarke tried to convince jurors that the brother was the instigator.",
        "The younger man, Clarke said, was only following his brother.",
        "Clarke is climbing the Mount Everest of death penalty cases.",
    ]
    assert _title(spoken, "Brother") == "Brother"


def test_a_verb_between_the_possessive_and_the_noun_stays() -> None:
    bullets = [
        "Barrientos's lawyers hold charges back, the court heard.",
        "Barrientos has been arrested multiple times.",
    ]
    assert _title(bullets, "Charges") == "Charges"


def test_shared_briefs_title_the_persons_thing() -> None:
    assert "Barrientos's Charges" in shared_group_titles("en-cnndm.jsonl", 92)
    # en-xsum 47's hearing group now opens on "A GTC Scotland hearing" (`en_stranger_homes`), whose
    # "Council Scotland" `en_actors.is_person` reads as a person: no "Geaney's Hearing"; the bare
    # "Hearing" takes the name the bullet writes before it (`en_title_named_noun`)
    assert "GTC Scotland Hearing" in shared_group_titles("en-xsum.jsonl", 47)


def _owns_compiled(bullet: str, surname: str, noun: str, all_texts: list[str]) -> bool:
    """`_owns` as it was before its pattern was kept per person and noun and built only for a
    bullet that writes the noun."""
    owner = rf"(?:\b(?:his|her|His|Her)|\b{re.escape(surname)}(?:'s|’s|'|’))"
    theirs = re.compile(rf"{owner}((?:\s[a-z0-9][\w-]*){{0,{MAX_MODIFIERS}}})\s{re.escape(noun)}\b")
    people = set()
    for match in NAME_RUN.finditer(bullet):
        if is_person(match.group(1), all_texts):
            people.add(key(match.group(1)))
            if key(match.group(1)) == surname and SAID_AFTER.search(bullet[match.end() :]):
                return False
    if people - {""} != {surname}:
        return False
    for found in theirs.finditer(bullet):
        between = found.group(1).split()
        if all(w.isdigit() or "ADJ" in word_classes(w) for w in between):
            return True
    return False


OWNED = [
    "Nanny Jane Clarke looked after her two charges for years.",
    "Clarke's young charges were asleep when the fire began.",
    "Jane Clarke left the house at noon.",
    "Jane Clarke said the charges were dropped.",
]


@pytest.mark.parametrize("bullet", OWNED)
def test_the_pattern_built_only_where_the_noun_is_written_owns_as_before(bullet: str) -> None:
    for noun in ("charges", "house", "fire"):
        assert _owns(bullet, "Clarke", noun, OWNED) == _owns_compiled(bullet, "Clarke", noun, OWNED)
