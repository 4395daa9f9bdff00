"""A group title opening on a loose adjective ("Actual Press", "Main Marker") gives way to the "of"
phrase the title steps widen its noun to ("Power of the Press", "Marker of Class"); a bare noun,
another kind of the noun or a phrase without it leaves the title as it was."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import data_lines
from citebrief.text.en_title_loose import Steps, loose_head, loose_words, unloosed_title
from citebrief.text.en_title_widening import loose_modifiers
from conftest import shared_group_titles


@pytest.mark.parametrize("word", data_lines("en_title_loose.tsv"))
def test_each_loose_word_opens_a_retried_title(word: str) -> None:
    assert word == word.lower() and " " not in word
    assert word in loose_words()
    assert loose_head(f"{word.title()} Press") == "Press"
    steps = _steps({"Press": "Power of the Press"})
    assert unloosed_title(steps, [], [], [], set(), f"{word.title()} Press") == "Power of the Press"
    assert loose_head(word.title()) == ""  # the word alone is no title to retry


def test_the_table_is_its_own_not_the_modifiers_table() -> None:
    assert len(loose_words()) == len(data_lines("en_title_loose.tsv")) == 19
    assert loose_words() != loose_modifiers()


def test_loose_head_drops_the_loose_adjective_only() -> None:
    assert loose_head("Actual Press") == "Press"
    assert loose_head("Main Marker") == "Marker"
    assert loose_head("Famous Recordings") == "Recordings"
    assert loose_head("Press") == ""  # the noun alone
    assert loose_head("Actual") == ""
    assert loose_head("Power of the Press") == ""
    assert loose_head("Residential Care") == ""  # "residential" says which care


def _steps(found: dict[str, str]) -> Steps:
    def steps(bullets: list[str], texts: list[str], every_text: list[str], guard: set[str], title: str) -> str:
        return found.get(title, title)

    return steps


def test_widened_of_phrase_stands_and_the_guard_follows() -> None:
    guard = {"actual press", "mchenry's suspension"}
    steps = _steps({"Press": "Power of the Press"})
    assert unloosed_title(steps, [], [], [], guard, "Actual Press") == "Power of the Press"
    assert guard == {"power of the press", "mchenry's suspension"}


def test_title_stays_unless_an_of_phrase_holds_the_noun() -> None:
    for widened in ("Social Care", "Care", "Root and Bayliss", "Quality of Life", "Main Part of Care"):
        guard = {"poor care"}
        steps = _steps({"Care": widened})
        assert unloosed_title(steps, [], [], [], guard, "Poor Care") == "Poor Care"
        assert guard == {"poor care"}


def test_title_without_a_loose_adjective_is_not_retried() -> None:
    steps = _steps({"Care": "Experiences of Care"})
    assert unloosed_title(steps, [], [], [], set(), "Residential Care") == "Residential Care"


def test_shared_cnndm_199_power_of_the_press() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 199)
    assert "Power of the Press" in titles
    assert "Actual Press" not in titles


def test_shared_cnndm_79_marker_of_class() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 79)
    assert "Marker of Class" in titles
    assert "Main Marker" not in titles
