"""A short English section is titled by its desk and whom each story is about, where every story's
opening sentence names its subject; else, and in Chinese, by its desk."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.digest_section_titles import section_title, subject
from citebrief.digest_sections import Theme

DATA = Path("/work/shared/data/en-cnndm.jsonl")

NEIL = (
    "Bradley Neil admitted he needed a kick after missing the cut on his Masters debut. "
    "The amateur champion said Neil would go home and work. Neil shot 78 on Friday."
)
FOWLER = (
    "Rickie Fowler has earned extra points with his fans after calling out an online hater. "
    "Fowler replied on Twitter. The American, 26, said Fowler fans were the best."
)
FOOD_BANK = (
    "The country's biggest food bank organisation claimed the number of people claiming free meals "
    "had risen. The charity said demand was growing in every region."
)
AFTER = (
    "After Manchester United beat Aston Villa, the champions looked on. United won 3-1 and "
    "United's manager was pleased after the game."
)
ACTRESS = (
    "Actress Julia Louis-Dreyfus has revealed why she cut her hair. Louis-Dreyfus, 54, said the "
    "actress in her wanted a change. Louis-Dreyfus won an Emmy."
)


def test_a_section_whose_stories_each_name_their_subject_says_them_beside_the_desk() -> None:
    texts = [NEIL, FOWLER]
    theme = Theme("Golf", [0, 1], section=True)
    assert section_title(theme, texts, "en") == "Golf: Bradley Neil, Rickie Fowler"


def test_a_story_that_names_nobody_keeps_the_desk_title() -> None:
    texts = [NEIL, FOOD_BANK]
    assert section_title(Theme("Politics", [0, 1], section=True), texts, "en") == "Politics"


def test_a_theme_no_section_a_long_section_and_chinese_keep_their_titles() -> None:
    texts = [NEIL, FOWLER, NEIL, FOWLER, NEIL]
    assert section_title(Theme("Masters", [0, 1]), texts, "en") == "Masters"
    assert section_title(Theme("Golf", [0, 1, 2, 3, 4], section=True), texts, "en") == "Golf"
    assert section_title(Theme("体育", [0, 1], section=True), texts, "zh") == "体育"


def test_a_subject_starts_at_the_name_not_at_a_word_written_in_lower_case() -> None:
    assert subject(AFTER) == "Manchester United"  # "after" is no part of the name
    assert subject(ACTRESS) == "Julia Louis-Dreyfus"  # a role before the name
    assert subject(FOOD_BANK) == ""


def test_shared_reports_name_their_subjects() -> None:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    articles = [str(json.loads(line)["article"]) for line in lines]
    fowler = next(a for a in articles if a.startswith("Rickie Fowler has earned extra brownie points"))
    assert subject(fowler) == "Rickie Fowler"
    named = [subject(a) for a in articles[:200]]
    # a sentence-opening word ("The", "After", "If") or a day is never taken for a name
    assert all(name.split()[0] not in {"The", "After", "If", "Although", "Monday"} for name in named if name)
    assert sum(1 for name in named if name) >= 20  # many reports open on the person they are about


def test_a_possessive_inside_a_name_is_no_name() -> None:
    text = (
        "A bruising training session is how Tom Wood’s Northampton prepared for Saturday. "
        "Northampton won. Wood said Northampton were ready."
    )
    assert subject(text) == ""
