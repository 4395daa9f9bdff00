"""A title cut from the tail of a name the page spells out beside its acronym gets the name whole
(`text/en_title_acronym_name.py`): "Academy of Ancient Music" (AAM), not "Ancient Music"."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import data_lines
from citebrief.text.en_title_acronym_name import acronym_name_title, name_joiners, spelled_name
from conftest import shared_group_titles

TEXT = "The conductor founded the Academy of Ancient Music (AAM) in 1973 and directed it for 30 years."


@pytest.mark.parametrize(
    ("before", "acronym", "name"),
    [
        ("founded the Academy of Ancient Music", "AAM", "Academy of Ancient Music"),
        ("a licence for a House of Multiple Occupation", "HMO", "House of Multiple Occupation"),
        ("beat Van Zyl of South Africa", "SA", "South Africa"),  # the run its initials spell, no more
        ("The head of the Football Association of Montenegro", "FSCG", ""),  # another language's acronym
        ("a plan for the new scheme", "NS", ""),  # lower-case words: no name
    ],
)
def test_spelled_name(before: str, acronym: str, name: str) -> None:
    assert spelled_name(before, acronym) == name


def test_a_tail_of_the_name_takes_the_whole_name() -> None:
    used = {"ancient music"}
    assert acronym_name_title([], [TEXT], [TEXT], used, "Ancient Music") == "Academy of Ancient Music"
    assert "academy of ancient music" in used and "ancient music" not in used


def test_a_title_that_is_no_tail_of_the_name_stays() -> None:
    assert acronym_name_title([], [TEXT], [TEXT], set(), "Early Music") == "Early Music"
    assert acronym_name_title([], ["No acronym in the Academy of Ancient Music."], [], set(), "Ancient Music") == (
        "Ancient Music"
    )


def test_a_whole_name_another_title_holds_is_not_taken() -> None:
    used = {"ancient music", "academy of ancient music recordings"}
    assert acronym_name_title([], [TEXT], [TEXT], used, "Ancient Music") == "Ancient Music"


def test_the_joiners_table_is_lower_case_words() -> None:
    rows = data_lines("en_name_joiners.tsv")
    assert rows and all(row.isalpha() and row.islower() and " " not in row for row in rows), rows
    assert {"of", "for", "the", "and"} <= name_joiners()


@pytest.mark.parametrize("joiner", data_lines("en_name_joiners.tsv"))
def test_each_joiner_is_skipped_inside_a_name(joiner: str) -> None:
    # s50w (review #17): every row is read ("on", "de" had no case); none opens the run
    assert spelled_name(f"a ruling by the Office {joiner} Fair Trading", "OFT") == f"Office {joiner} Fair Trading"
    assert spelled_name(f"a ruling {joiner} Fair Trading", "FT") == "Fair Trading"


def test_en_xsum_119_overview_names_no_tail_of_the_academy() -> None:
    # the conductor's obituary was titled "Ancient Music", the tail of the academy he founded; then
    # "Academy of Ancient Music"; now the conductor whose "He died …" the first bullet opens on
    # (`engines.en_overview_resolved`), with the deed written after it
    assert shared_group_titles("en-xsum.jsonl", 119)[0] == "Key points: Hogwood's Death"
