"""An English title ending on an adverb or a particle gives way to the group's next phrase
(`text/en_title_adverb_end.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_title_adverb_end import adverb_end_title, adverb_ends
from conftest import shared_group_titles

KICKS = ["The keeper saved a penalty kick in the first half.", "A second penalty kick went wide."]


def _group(word: str) -> list[str]:
    return [f"The striker fired a shot {word} over when unmarked.", *KICKS]


@pytest.mark.parametrize("word", sorted(adverb_ends()))
def test_each_rows_title_gives_way_to_the_groups_phrase(word: str) -> None:
    group = _group(word)
    used = {f"shot {word}", "egypt"}
    assert adverb_end_title(group, group, group, used, f"Shot {word.title()}") == "Penalty Kick"
    assert used == {"penalty kick", "egypt"}


def test_the_table_is_lower_case_single_words() -> None:
    assert "well" in adverb_ends()
    assert all(word == word.lower() and " " not in word for word in adverb_ends())


def test_the_word_at_a_clause_end_gives_way() -> None:
    group = ["He hit the shot well, and it flew.", *KICKS]
    assert adverb_end_title(group, group, group, set(), "Shot Well") == "Penalty Kick"


def test_a_noun_well_stays() -> None:
    group = ["The oil well was capped.", "The oil well leaked for weeks."]
    assert adverb_end_title(group, group, group, set(), "Oil Well") == "Oil Well"


def test_a_title_written_once_as_a_noun_stays() -> None:
    group = [*_group("well"), "They found the Shot Well site."]
    assert adverb_end_title(group, group, group, set(), "Shot Well") == "Shot Well"


def test_no_phrase_two_bullets_speak_for_leaves_the_title() -> None:
    group = ["The striker fired a shot well over when unmarked.", "It rained."]
    assert adverb_end_title(group, group, group, set(), "Shot Well") == "Shot Well"


def test_a_one_word_or_other_title_stays() -> None:
    group = _group("well")
    assert adverb_end_title(group, group, group, set(), "Well") == "Well"
    assert adverb_end_title(group, group, group, set(), "Striker") == "Striker"


def test_a_real_title_names_a_thing() -> None:
    # was "Shot Well" of "El Said blasted a shot well over" (en-xsum 150)
    titles = shared_group_titles("en-xsum.jsonl", 150)
    assert "Shot Well" not in titles
    assert "Shot on Target" in titles
