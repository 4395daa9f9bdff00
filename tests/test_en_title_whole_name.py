"""A group title the bullets only ever write as the front of a longer name ("St James" of "St
James’s Palace") takes the whole name."""

from __future__ import annotations

from citebrief.text.en_title_whole_name import whole_name_title
from conftest import shared_group_titles

PALACE = [
    "The prince got his audience in the State Apartments at St James’s Palace to sing Happy Birthday.",
    "The royal introduced the stunned audience to the singalong at St James’s Palace.",
]


def test_the_front_of_a_name_takes_the_whole_name() -> None:
    used = {"princess eugenie", "st james"}
    assert whole_name_title(PALACE, PALACE, PALACE, used, "St James") == "St James’s Palace"
    assert used == {"princess eugenie", "st james’s palace"}


def test_a_title_said_on_its_own_or_by_one_bullet_stays() -> None:
    alone = [*PALACE, "St James was a fisherman."]
    assert whole_name_title(alone, alone, alone, set(), "St James") == "St James"
    assert whole_name_title(PALACE[:1], PALACE, PALACE, set(), "St James") == "St James"  # one bullet
    mixed = [PALACE[0], "They met at St James’s Park."]  # two longer names: neither
    assert whole_name_title(mixed, mixed, mixed, set(), "St James") == "St James"
    assert whole_name_title(PALACE, PALACE, PALACE, {"st james’s palace"}, "St James") == "St James"  # taken


def test_the_princess_eugenie_brief_names_the_palace() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 76)
    assert "St James’s Palace" in titles and "St James" not in titles
