"""A group title headed by a vague noun of an "X of Y" phrase ("Chance of the Ship", "Title of a
Book") yields to a phrase two bullets write, else to what the title steps make of the group's
next phrase; a bare word or the vague head again leaves it as it was."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import data_lines
from citebrief.text.en_title_vague_of import Steps, vague_head, vague_heads, vague_of, vague_of_title
from conftest import shared_group_titles

_BULLETS = [
    "The Harbour Pilot could not board the ship on Monday.",
    "Officials said the Harbour Pilot would try again at dawn.",
]


def _steps(found: dict[str, str]) -> Steps:
    def steps(bullets: list[str], texts: list[str], every_text: list[str], guard: set[str], title: str) -> str:
        return found.get(title, title)

    return steps


@pytest.mark.parametrize("word", data_lines("en_vague_of_heads.tsv"))
def test_each_vague_head_yields_to_a_phrase_two_bullets_write(word: str) -> None:
    assert word == word.lower() and " " not in word
    assert word in vague_heads()
    title = f"{word.title()} of the Ship"
    assert vague_head(title) == word
    assert vague_head(f"Little {title}") == word
    guard = {title.casefold()}
    assert vague_of_title(_steps({}), _BULLETS, _BULLETS, _BULLETS, guard, title) == "Harbour Pilot"
    assert guard == {"harbour pilot"}
    assert not vague_of(f"{word.title()} Race")  # no "of": "Title Race" stays


def test_the_table_holds_fifteen_heads() -> None:
    assert len(vague_heads()) == len(data_lines("en_vague_of_heads.tsv")) == 15
    assert {"worth", "amount", "quantity"} <= vague_heads()  # a measure: "Worth of Food", how much


def test_specific_heads_are_not_vague() -> None:
    for title in ("Power of the Press", "Vehicle of Choice", "Title Race", "Of Mice", "Anniversary of the Landing"):
        assert not vague_of(title)
        assert vague_of_title(_steps({}), _BULLETS, _BULLETS, _BULLETS, set(), title) == title


def test_a_bare_word_or_the_head_again_leaves_the_title() -> None:
    bullets = ["Waves battered the ship all night.", "There was little chance of the ship docking."]
    for instead in ("Locals", "Little Chance", "Part of the Deal"):
        steps = _steps({}) if instead == "Little Chance" else _always(instead)
        guard = {"chance of the ship"}
        assert vague_of_title(steps, bullets, bullets, bullets, guard, "Chance of the Ship") == "Chance of the Ship"
        assert guard == {"chance of the ship"}


def _always(title: str) -> Steps:
    def steps(bullets: list[str], texts: list[str], every_text: list[str], guard: set[str], given: str) -> str:
        return title

    return steps


def test_the_steps_phrase_of_the_next_candidate_stands() -> None:
    bullets = ["Waves battered the ship all night.", "There was little chance of the ship docking."]
    guard = {"chance of the ship", "carnival spirit"}
    got = vague_of_title(_always("Adverse Weather"), bullets, bullets, bullets, guard, "Chance of the Ship")
    assert got == "Adverse Weather"
    assert guard == {"adverse weather", "carnival spirit"}


def test_shared_cnndm_108_liars_poker() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 108)
    assert "Liar's Poker" in titles
    assert "Title of a Book" not in titles


def test_shared_cnndm_19_adverse_weather_conditions() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 19)
    assert "Adverse Weather Conditions" in titles
    assert "Chance of the Ship" not in titles


def test_shared_cnndm_7_way_of_life_stays_over_a_bare_locals() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 7)
    assert "Way of Life" in titles
    assert "Locals" not in titles


def test_a_measure_passes_a_time_the_steps_make_for_the_next_phrase() -> None:
    """ "Worth of Food" (en-cnndm 122): the steps' "Past Financial Year" says when, no theme
    either, so the phrase after it is read; the steps never hand the measure title back."""
    bullets = [
        "Volunteers handed out three days' worth of food to families.",
        "The charity warned that its figures for the past financial year could mislead ministers.",
    ]
    seen: list[set[str]] = []
    made = iter(["Past Financial Year", "Misleading Figures"])

    def steps(bullets: list[str], texts: list[str], every_text: list[str], guard: set[str], title: str) -> str:
        seen.append(set(guard))
        return next(made)

    guard = {"worth of food", "food parcels"}
    got = vague_of_title(steps, bullets, bullets, bullets, guard, "Worth of Food", "Worth of Food")
    assert got == "Misleading Figures"
    assert guard == {"misleading figures", "food parcels"}
    assert len(seen) == 2 and all("worth of food" in s for s in seen)
