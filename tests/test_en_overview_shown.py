"""An English overview titled by a name alone, where the lead says what the name showed off, is
titled by what was shown (`text/en_overview_shown.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_overview_deed import grounded
from citebrief.text.en_overview_shown import shown_thing
from conftest import shared_group_titles


@pytest.mark.parametrize(
    ("subject", "sentences", "title"),
    [
        (
            "Chihuahua",
            ["A Chihuahua and a cat showed off their unlikely friendship when they played."],
            "Unlikely Friendship",
        ),
        ("Jo Smith", ["Jo Smith showcased her new look at the premiere."], "Jo Smith's New Look"),
        ("Jo Smith", ["Jo Smith flaunted her figure in a bikini."], "Jo Smith's Figure"),
        (
            "Jo Smith",
            ["Jo Smith is at home in Paris.", "The singer, who lives in Paris, showcased her hipster style."],
            "Jo Smith's Hipster Style",
        ),
    ],
)
def test_what_the_lead_says_was_shown_titles_the_overview(subject: str, sentences: list[str], title: str) -> None:
    used = {subject.casefold()}
    assert shown_thing(subject, sentences, used) == title
    assert used == {title.casefold()}
    assert "'s " not in title or grounded(title, sentences)  # bench/brief_checks.py can ground it


@pytest.mark.parametrize(
    "sentences",
    [
        ["A dog and a cat showed off their friendship."],  # "their": not the name's
        ["Jo Smith's daughter showcased her new look."],  # "her": the daughter's
        ["The singer showcased her new look."],  # a description no earlier sentence names
        ["Ann Lee met Jo Smith, and then showcased her new look."],  # opens on another
        ["Jo Smith showed off her in the photo."],  # nothing shown
        ["Jo Smith showed off his inner Iron Man at the gym."],  # runs into a name: "inner" is no thing
        ["Jo Smith showed off her new in the photo."],  # ends on no noun
        ["Jo Smith showed the crowd her new look."],  # no form of showing off
        ["Jo Smith visited Paris.", "Ann Lee arrived.", "It rained.", "Jo Smith showcased her new look."],  # too late
    ],
)
def test_no_shown_title_where_the_name_showed_nothing_off(sentences: list[str]) -> None:
    assert shown_thing("Jo Smith", sentences, {"jo smith"}) == "Jo Smith"


def test_a_titled_subject_stays() -> None:
    assert shown_thing("Jo Smith's Arrest", ["Jo Smith showcased her new look."], set()) == "Jo Smith's Arrest"


@pytest.mark.parametrize(
    ("index", "title"),
    [
        (34, "Key points: Interspecies Friendship"),  # was "Chihuahua", one of the pair
        (76, "Key points: Princess Eugenie's Hipster Style"),  # was "Princess Eugenie"
    ],
)
def test_real_leads_title_what_was_shown(index: int, title: str) -> None:
    assert shared_group_titles("en-cnndm.jsonl", index)[0] == title
