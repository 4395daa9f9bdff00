"""An English theme titled by a person's bare name takes the deed its first bullet writes done to
that person as its object (`text/en_theme_name_deed.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_overview_deed import deed_at
from citebrief.text.en_theme_name_deed import theme_name_deed

TEXTS = ["Police said Mia Vance, 30, and Tom Reed met in Leeds.", "Ms Vance said she had seen nothing."]
LATER = "Ms Vance told agents she had left the area before the shooting."


@pytest.mark.parametrize(
    ("first", "titled"),
    [
        ("Officers arrested a Leeds, Yorkshire woman, Mia Vance, who they say drove.", "Mia Vance's Arrest"),
        ("The club sacked Mia Vance on Monday after the row.", "Mia Vance's Sacking"),
        ("Tom Reed was arrested with his friend, Mia Vance, on Monday.", "Mia Vance"),  # a passive: not hers
        ("Police arrested the man who had robbed Mia Vance in May.", "Mia Vance"),  # a clause between
        ("Mia Vance said the van arrested her attention.", "Mia Vance"),  # no deed done to the name
    ],
)
def test_a_bare_name_takes_the_deed_done_to_it(first: str, titled: str) -> None:
    used = {"mia vance", "border agents"}
    assert theme_name_deed("Mia Vance", [first, LATER], TEXTS, used) == titled
    assert titled.casefold() in used


def test_only_the_first_bullet_and_a_persons_name() -> None:
    later = "Officers arrested Mia Vance on Monday."
    assert theme_name_deed("Mia Vance", [LATER, later], TEXTS, set()) == "Mia Vance"  # a later detail
    assert theme_name_deed("Leeds", ["Officers sacked Leeds on Monday."], TEXTS, set()) == "Leeds"  # no person
    # a title that holds another title given stands
    assert theme_name_deed("Mia Vance", [later], TEXTS, {"mia vance's arrest and trial"}) == "Mia Vance"


def test_eliminated_is_a_deed() -> None:
    sentence = "Earlier, Mia Vance was eliminated from the sprint in the first round."
    start = sentence.index("Mia")
    assert deed_at(sentence, start, start + len("Mia Vance")) == "elimination"
