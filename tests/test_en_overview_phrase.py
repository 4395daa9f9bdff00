"""An English overview titled by one bare name takes the phrase of its lead bullet that the
article repeats: "Syria's Chemical Weapons", not "Syria" (`text/en_overview_phrase.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import data_lines
from citebrief.text.en_overview_deed import grounded
from citebrief.text.en_overview_phrase import country_grounded, overview_phrase, repeated_phrase

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


# A country may take one word: no surname hides behind its name ("Russian Doping", not "Russia").
DOPED = "A panel has accused Russia of running a secret doping programme for its runners."
DOPED_TEXTS = [
    DOPED,
    "The doping went on for years, the panel said, and doping tests were faked.",
    "Russia denies any doping.",
]


def test_country_takes_a_repeated_word_of_its_lead() -> None:
    used = {"russia"}
    assert overview_phrase("Russia", [DOPED], DOPED_TEXTS, used) == "Russian Doping"
    assert {"russian doping", "doping"} <= used


def test_country_title_stands_on_the_articles_words() -> None:
    """The adjective need not be written: the country and the word are (`bench/brief_checks.py`)."""
    assert country_grounded("Russian Doping", DOPED_TEXTS) and grounded("Russian Doping", DOPED_TEXTS)
    assert not country_grounded("Russian Bans", DOPED_TEXTS)  # no "bans" written
    assert not country_grounded("Syrian Doping", DOPED_TEXTS)  # Syria is not written
    assert not country_grounded("Doping", DOPED_TEXTS)


def test_country_with_no_word_repeated_enough_stands() -> None:
    texts = [DOPED, "The doping went on for years.", "Russia denies it."]  # "doping" three times
    assert overview_phrase("Russia", [DOPED], texts, set()) == "Russia"


def test_word_before_the_country_is_not_its_own() -> None:
    lead = "Police feared the doping runners would travel to Russia."
    assert overview_phrase("Russia", [lead], [lead, *DOPED_TEXTS[1:]], set()) == "Russia"


def test_a_surname_never_takes_one_word() -> None:
    lead = DOPED.replace("Russia", "Petrov")
    texts = [lead, *(t.replace("Russia", "Petrov") for t in DOPED_TEXTS[1:])]
    assert overview_phrase("Petrov", [lead], texts, set()) == "Petrov"


def test_country_table_rows_are_a_name_and_its_adjective() -> None:
    rows = [line.split("\t") for line in data_lines("en_countries.tsv")]
    assert all(len(row) == 2 and all(w[:1].isupper() and " " not in w for w in row) for row in rows)
    assert not {"Jordan", "Chad", "Georgia"} & {row[0] for row in rows}  # names also a person's


def test_the_country_is_read_as_a_word() -> None:
    lead = "Russian doping aside, a panel accused Russia of nothing else."  # "doping" is before the name
    assert overview_phrase("Russia", [lead], [lead, *DOPED_TEXTS[1:]], set()) == "Russia"
