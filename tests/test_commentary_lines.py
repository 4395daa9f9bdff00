"""A football report's live commentary ("Attempt missed.", "Foul by X (Team).", "Corner, Team.",
"X (Team) right footed shot from …") is structure, never a bullet (lines.tsv's commentary-en
row): en-xsum 138's and 150's briefs gave it most of their bullets and groups titled by its
words ("Header", "Right Footed Shot", "Centre of the Box"). The result lines ("Match ends, …",
"Second Half ends, …") are commentary too: kept as a bullet ("Second Half ends, Egypt 1, Uganda 0"),
a blind reader marked en-xsum 150's as boilerplate (s153e). A writer's sentence that reports the
result ("Egypt beat Uganda 1-0 …") stays a bullet; the match's sides still title the overview
(`text.en_overview_commentary` reads "Match ends, …" from the whole text)."""

from __future__ import annotations

import re

import pytest

from citebrief.text.patterns import is_structure
from conftest import shared_article, shared_groups

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
    "Second Half ends, Riverside 2, Hilltop 1.",
    "Match ends, Riverside 2, Hilltop 1.",
    "Joe Bell (Riverside) right footed shot from outside the box is saved.",
    "Sam Reid (Hilltop) header from the centre of the box misses to the left.",
    "Ian Moss (Hilltop) wins a free kick in the defensive half.",
    "Ian Moss tries a through ball, but Tom Hale is caught offside.",
]

PROSE = [
    "Riverside beat Hilltop 2-1 to reach the final.",
    "The match ends a run of five defeats for Hilltop.",
    "Hilltop's second half ended in frustration as Riverside held on.",
    "Assisted by volunteers, the club rebuilt its stand over the summer.",
    "Tom Hale replaces Ben Ward as captain for the final.",
    "Sam Reid scored a fine header from the centre of the box to win it.",
    "Bell was booked for a foul by the corner flag in the first half.",
]


@pytest.mark.parametrize("line", COMMENTARY)
def test_commentary_events_are_structure(line: str) -> None:
    assert is_structure(line)


@pytest.mark.parametrize("line", PROSE)
def test_the_reports_prose_and_its_result_in_words_are_not(line: str) -> None:
    assert not is_structure(line)


@pytest.mark.parametrize("index", [138, 150])
def test_a_match_reports_brief_draws_on_its_prose_not_its_commentary(index: int) -> None:
    bullets = [text for group in shared_groups("en-xsum.jsonl", index) for text in group]
    assert not any(is_structure(text) or " footed shot " in text or "wins a free kick" in text for text in bullets)
    assert not any(text.startswith(("Second Half ends,", "Match ends,")) for text in bullets)
    assert len(bullets) >= 6


@pytest.mark.parametrize("index", [138, 150])
def test_the_articles_own_result_lines_are_structure(index: int) -> None:
    # the result lines as the pasted article writes them, glued to the commentary around them
    article = shared_article("en-xsum.jsonl", index)
    lines = re.findall(r"(?:Match ends|Second Half ends), [^.]{5,60}\.", article)
    assert len(lines) == 2
    assert all(is_structure(line) for line in lines)


@pytest.mark.parametrize("index", [138, 150])
def test_no_group_is_titled_by_the_commentarys_words(index: int) -> None:
    from citebrief.ingest import document_from_text
    from citebrief.pipeline import draft
    from conftest import shared_article

    brief = draft(document_from_text(shared_article("en-xsum.jsonl", index), origin="x", kind="text"))
    titles = {group.title for group in brief.groups}
    assert not titles & {"Header", "Right Footed Shot", "Centre of the Box", "Ali Gabr", "Offside Position"}
