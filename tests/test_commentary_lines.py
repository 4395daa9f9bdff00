"""A football report's live commentary ("Attempt missed.", "Foul by X (Team).", "Corner, Team.",
"X (Team) right footed shot from …") is structure, never a bullet (lines.tsv's commentary-en
row): en-xsum 138's and 150's briefs gave it most of their bullets and groups titled by its
words ("Header", "Right Footed Shot", "Centre of the Box"). The final result line ("Match ends,
…", "Second Half ends, …") stays: there it is the only statement of the score."""

from __future__ import annotations

import pytest

from citebrief.text.patterns import is_structure
from conftest import shared_groups

COMMENTARY = [
    "Attempt missed.",
    "Attempt saved.",
    "Foul by Joe Bell (Riverside).",
    "Hand ball by Sam Reid (Hilltop).",
    "Corner,  Riverside.",
    "Conceded by Ian Moss.",
    "Offside, Hilltop.",
    "Substitution, Riverside.",
    "Tom Hale replaces Ben Ward.",
    "Assisted by Dan Cole with a cross following a set piece situation.",
    "Delay in match Lee Park (Hilltop) because of an injury.",
    "Delay over.",
    "They are ready to continue.",
    "Goal! Riverside 1, Hilltop 0.",
    "First Half ends, Riverside 0, Hilltop 0.",
    "Joe Bell (Riverside) right footed shot from outside the box is saved.",
    "Sam Reid (Hilltop) header from the centre of the box misses to the left.",
    "Ian Moss (Hilltop) wins a free kick in the defensive half.",
    "Ian Moss tries a through ball, but Tom Hale is caught offside.",
]

PROSE = [
    "Match ends, Riverside 2, Hilltop 1.",
    "Second Half ends, Riverside 2, Hilltop 1.",
    "Assisted by volunteers, the club rebuilt its stand over the summer.",
    "Tom Hale replaces Ben Ward as captain for the final.",
    "Sam Reid scored a fine header from the centre of the box to win it.",
    "Bell was booked for a foul by the corner flag in the first half.",
]


@pytest.mark.parametrize("line", COMMENTARY)
def test_commentary_events_are_structure(line: str) -> None:
    assert is_structure(line)


@pytest.mark.parametrize("line", PROSE)
def test_the_final_result_and_report_prose_are_not(line: str) -> None:
    assert not is_structure(line)


@pytest.mark.parametrize("index", [138, 150])
def test_a_match_reports_brief_draws_on_its_prose_not_its_commentary(index: int) -> None:
    bullets = [text for group in shared_groups("en-xsum.jsonl", index) for text in group]
    assert not any(is_structure(text) or " footed shot " in text or "wins a free kick" in text for text in bullets)
    assert any(text.startswith("Second Half ends,") for text in bullets)  # the only statement of the score
    assert len(bullets) >= 6


@pytest.mark.parametrize("index", [138, 150])
def test_no_group_is_titled_by_the_commentarys_words(index: int) -> None:
    from citebrief.ingest import document_from_text
    from citebrief.pipeline import draft
    from conftest import shared_article

    brief = draft(document_from_text(shared_article("en-xsum.jsonl", index), origin="x", kind="text"))
    titles = {group.title for group in brief.groups}
    assert not titles & {"Header", "Right Footed Shot", "Centre of the Box", "Ali Gabr", "Offside Position"}
