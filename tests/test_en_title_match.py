"""A player's name over a group of a match report gives way to the match ("Bayern v Hoffenheim"
over "Sebastian Rode", en-cnndm 178); a person the bullets say more than any side, a group with
no second side and a match another title holds keep the name."""

from __future__ import annotations

import re

import pytest

from citebrief.text.en_actors import is_person
from citebrief.text.en_overview_deed import grounded
from citebrief.text.en_title_match import (
    _BEATING,
    _FACING,
    _TEAM_THINGS,
    NO_SIDE,
    WORD,
    _sides,
    match_grounded,
    match_title,
    team,
)
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


def _team_uncompiled(word: str, all_texts: list[str]) -> bool:
    """`team` as it was before its patterns were kept per word: compiled on every call, every text
    searched."""
    own = re.compile(word + r"(?: [A-Z][a-z]+)?(?:'s|’s) (?:\w+ )?(?:" + _TEAM_THINGS + r")\b")
    faced = re.compile(r"\b(?:" + _FACING + r") (?:the )?" + word + r"\b")
    beat = re.compile(r"\b" + word + r"(?: [A-Z][a-z]+)? (?:" + _BEATING + r")\b")
    return any(own.search(t) or faced.search(t) or beat.search(t) for t in all_texts)


def _sides_uncompiled(texts: list[str], all_texts: list[str], skip: set[str]) -> list[str]:
    """`_sides` as it was before the same change."""
    found: list[str] = []
    seen: set[str] = set()
    for word in (w for t in texts for w in WORD.findall(t)):
        if word in seen or word in skip or NO_SIDE.fullmatch(word):
            continue
        seen.add(word)
        if not any(re.search(r"[a-z,;:] (?:[A-Z][a-z]+ )?" + word + r"\b", t) for t in all_texts):
            continue
        given = any(
            is_person(f"{word} {m.group(1)}", all_texts)
            for t in texts
            for m in re.finditer(word + r" ([A-Z][a-z]+)", t)
        )
        if _team_uncompiled(word, all_texts) or not (is_person(word, all_texts) or given):
            found.append(word)
    return found


LEEDS = [
    "Watford eased past Leeds on Tuesday, and Leeds beat Reading on Saturday.",
    "Oliver Baumann saved twice; Palace’s defence held against Leeds United.",
    "The visitors were Leeds. Crystal Palace's midfield won it.",
]
ODD = [
    "Hulls’s captain spoke; XLeeds beat them; Leedsy drew; against Leedsx; against\nLeeds; over  Leeds;",
    "Reading to face the Wigan, visiting the Derby? Derbys won. Wigan Athletic's fans; Wigan Athletic lost",
    "Palace_ drew; Palace’s ageing defence; the Palace's players; past Fulham_; vs Fulham",
]


@pytest.mark.parametrize("texts", [ARTICLE, GROUP, LEEDS, [*ARTICLE, *LEEDS], ODD, ODD[:1], ODD[1:2], ODD[2:]])
def test_patterns_kept_per_word_judge_the_sides_as_compiled_ones_did(texts: list[str]) -> None:
    words = {w for t in texts for w in WORD.findall(t)} | {"Leeds", "Hull", "Fulham"}
    for word in sorted(words):
        assert team(word, texts) == _team_uncompiled(word, texts), word
    assert _sides(texts, texts, set()) == _sides_uncompiled(texts, texts, set())
    assert _sides(texts[:1], texts, {"Leeds"}) == _sides_uncompiled(texts[:1], texts, {"Leeds"})
