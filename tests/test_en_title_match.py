"""A player's name over a group of a match report gives way to the match ("Bayern v Hoffenheim"
over "Sebastian Rode", en-cnndm 178); a person the bullets say more than any side, a group with
no second side and a match another title holds keep the name."""

from __future__ import annotations

from citebrief.text.en_overview_deed import grounded
from citebrief.text.en_title_match import match_grounded, match_title
from conftest import shared_group_titles

ARTICLE = [
    "Injury-ravaged Bayern Munich beat Hoffenheim 2-0 on Saturday to close in on the title.",
    "Sebastian Rode scored in the 38th minute as Bayern opened a 13-point lead.",
    "Rode then made the most of Bayern's second chance of the game, curling his shot past the keeper.",
    "Rode was lucky not to be penalised but there was no denying the dominance of Bayern.",
    "They did get a second goal when the unfortunate Hoffenheim captain slipped the ball into his own net.",
]
GROUP = ARTICLE[2:]


def _titled(bullets: list[str], article: list[str], title: str, used: set[str] | None = None) -> str:
    return match_title(bullets, bullets, article, used if used is not None else {title.casefold()}, title)


def test_a_scorers_name_over_the_match_gives_way_to_it() -> None:
    used = {"rode", "bayern munich's victory"}
    assert _titled(GROUP, ARTICLE, "Rode", used) == "Bayern v Hoffenheim"
    assert used == {"bayern v hoffenheim", "bayern munich's victory"}


def test_the_person_the_bullets_are_about_keeps_the_name() -> None:
    bullets = [f"Rode {b}" for b in ("scored a goal.", "ran past Bayern's defenders.", "came close again.")]
    assert _titled(bullets, [*ARTICLE, *bullets], "Rode") == "Rode"  # Rode in three bullets, Bayern in one


def test_no_score_no_second_side_or_a_taken_match_keep_the_name() -> None:
    no_score = [a.replace("2-0", "twice") for a in ARTICLE]
    assert _titled(GROUP, no_score, "Rode") == "Rode"
    lone = [a.replace("Hoffenheim", "the visitors") for a in ARTICLE]
    assert _titled(GROUP, lone, "Rode") == "Rode"
    assert _titled(GROUP[:2], ARTICLE, "Rode") == "Rode"  # a group of two
    assert _titled(GROUP, ARTICLE, "Rode", {"rode", "bayern v hoffenheim"}) == "Rode"
    assert _titled(GROUP, ARTICLE, "Hoffenheim's Captain") == "Hoffenheim's Captain"  # no person's name


def test_a_match_stands_on_both_sides_written() -> None:
    assert match_grounded("Bayern v Hoffenheim", GROUP)
    assert grounded("Bayern v Hoffenheim", GROUP)
    assert not match_grounded("Bayern v Porto", GROUP)
    assert not match_grounded("Bayern", GROUP)


def test_shared_match_reports_are_titled_by_the_match() -> None:
    assert "Bayern v Hoffenheim" in shared_group_titles("en-cnndm.jsonl", 178)
    assert "Sebastian Rode" not in shared_group_titles("en-cnndm.jsonl", 178)
    assert "Warrington v Leeds" in shared_group_titles("en-cnndm.jsonl", 13)
