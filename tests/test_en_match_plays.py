"""A bullet telling the play of the match a key point scores, at the edge of a group about
something else, goes up to that key point (engines/en_match_plays.py), read on a shared article
and short texts."""

from __future__ import annotations

from citebrief.engines.en_match_plays import match_plays_raised
from citebrief.engines.scored import Draft, Unit
from citebrief.text.data_files import data_lines
from citebrief.text.tokenize import en_terms
from conftest import shared_groups

# (text, paragraph): a tennis win, then the player's season, opened by how the match went
_STORY = [
    ("Mara Kell beat Ines Dovo 6-3 6-4 to reach the semi-finals in Rome.", 1),
    ("Kell had lost to the Spaniard twice this spring.", 1),
    ("Kell won the last five games against Dovo to close it out.", 2),
    ("She has had a steady year which has brought her two titles on clay.", 2),
    ("The 24-year-old now sits fourth in the world rankings.", 2),
    ("She said the long season has not tired her.", 3),
]


def _units(story: list[tuple[str, int]]) -> list[Unit]:
    return [Unit(k, p, text, en_terms(text), k / len(story), False, None) for k, (text, p) in enumerate(story)]


def _raised(story: list[tuple[str, int]], *groups: list[int]) -> list[list[int]] | None:
    drafts = [Draft(None if n == 0 else n, list(picked)) for n, picked in enumerate(groups)]
    texts = [text for text, _ in story]
    return [d.picked for d in drafts] if match_plays_raised(_units(story), texts, drafts) else None


def test_the_frames_won_go_up_beside_the_matchs_score() -> None:
    # en-xsum 9: "won the first three frames ... against Xiao" opened the group of Selby's season
    groups = shared_groups("en-xsum.jsonl", 9)
    assert any(text.startswith("Selby won the first three frames") for text in groups[0]), groups


def test_a_matchs_play_at_a_groups_edge_goes_after_the_key_point_before_it() -> None:
    assert _raised(_STORY, [0, 1], [2, 3, 4, 5]) == [[0, 1, 2], [3, 4, 5]]
    late = [*_STORY[:2], *_STORY[3:], _STORY[2]]  # it ends the group
    assert _raised(late, [0, 1], [2, 3, 4, 5]) == [[0, 1, 5], [2, 3, 4]]


def test_a_matchs_play_stays_without_its_score_its_opponent_or_room() -> None:
    # the key points give no score
    no_score = [("Mara Kell beat Ines Dovo to reach the semi-finals in Rome.", 1), *_STORY[1:]]
    assert _raised(no_score, [0, 1], [2, 3, 4, 5]) is None
    # another opponent, or none named
    other = [*_STORY[:2], ("Kell won the last five games against Sola to close it out.", 2), *_STORY[3:]]
    assert _raised(other, [0, 1], [2, 3, 4, 5]) is None
    nobody = [*_STORY[:2], ("Kell won the last five games to close it out.", 2), *_STORY[3:]]
    assert _raised(nobody, [0, 1], [2, 3, 4, 5]) is None
    # its group tells the match too: it is that match's group
    match_group = [*_STORY[:3], ("Dovo took the first two games before rain stopped play.", 2), *_STORY[4:]]
    assert _raised(match_group, [0, 1], [2, 3, 4, 5]) is None
    # it stands inside its group, its group would keep one, or the key points are full
    assert _raised(_STORY, [0, 1], [3, 2, 4, 5]) is None
    assert _raised(_STORY, [0, 1], [2, 3], [4, 5]) is None
    assert _raised(_STORY, [0, 1, 3, 4], [2, 5]) is None


def test_the_units_of_play_are_plural_lower_case_words() -> None:
    rows = data_lines("en_match_play_units.tsv")
    assert rows and all(row.isalpha() and row.islower() and row.endswith("s") for row in rows)
    assert "goals" not in rows and "rounds" not in rows  # a season and a tournament count those too
