"""An English overview titled by one bare name takes the phrase of its lead bullet that the
article repeats: "Syria's Chemical Weapons", not "Syria" (`text/en_overview_phrase.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_overview_phrase import overview_phrase, repeated_phrase

LEAD = "Officials said Ruritania is trying hard to hand over its nerve agents by the deadline."
TEXTS = [
    LEAD,
    "The nerve agents are stored in three depots near the capital.",
    "Inspectors want the nerve agents shipped out by June, an envoy told Ruritania's press.",
]


def test_bare_name_takes_the_repeated_phrase_of_the_lead() -> None:
    used = {"ruritania"}
    assert overview_phrase("Ruritania", [LEAD], TEXTS, used) == "Ruritania's Nerve Agents"
    assert {"ruritania's nerve agents", "nerve agents"} <= used  # no group titled "Nerve Agents" beside it


def test_phrase_said_once_more_is_no_theme() -> None:
    texts = [LEAD, "The nerve agents are stored in three depots.", "An envoy spoke to Ruritania's press."]
    assert repeated_phrase(LEAD, texts) == ""
    assert overview_phrase("Ruritania", [LEAD], texts, set()) == "Ruritania"


@pytest.mark.parametrize(
    ("subject", "lead", "texts"),
    [
        # the lead bullet does not name it: the name is not what the lead is about
        ("Borduria", LEAD, [*TEXTS, "Borduria said nothing."]),
        # a theme the article writes in lower case too ("nerve agents" of "Agents")
        ("Agents", LEAD.replace("Ruritania", "Agents"), TEXTS),
        # a person: their deed is another step's
        ("Smith", LEAD.replace("Ruritania", "Mr Smith"), [*TEXTS, "Mr Smith, 40, left.", "Ann Smith agreed."]),
    ],
)
def test_other_one_word_subjects_stand(subject: str, lead: str, texts: list[str]) -> None:
    assert overview_phrase(subject, [lead], [lead, *texts], set()) == subject


def test_phrase_is_content_words_not_a_time_nor_joined_by_of() -> None:
    lead = "Ruritania held a vote on Monday morning about the sale of state assets."
    texts = [lead, *["The sale of state assets began on Monday morning."] * 3]
    assert repeated_phrase(lead, texts) == "state assets"
