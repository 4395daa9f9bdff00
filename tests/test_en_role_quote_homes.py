"""A theme bullet quoting someone its tag gives by a role only ("…,' added the Dutchman") goes to
the group holding the sentence that names them, where the quotation is about whom that sentence
tells of (`en_role_quote_homes.py`); not where the tag names someone, the quotation names no one
the speaker's sentence does, its own group would keep one bullet, or its group's bullet lies between."""

from __future__ import annotations

from citebrief.engines.en_role_quote_homes import role_quotes_homed
from citebrief.engines.scored import Draft

STORY = [
    "Coach Pieter Vos has revealed Tom Hale will miss the cup final after hurting his ankle.",  # 0
    "Hale, who was hurt in training on Monday, should be fit for the league game next week.",  # 1
    "'Tom Hale is not ready but we will have him back soon,' added the Dutchman.",  # 2
    "Hale has scored nine goals in the league this season.",  # 3
    "The club sits two points behind the leaders.",  # 4
    "Vos will pick a younger forward for the final.",  # 5
]


def _homed(texts: list[str], drafts: list[Draft]) -> list[list[int]]:
    role_quotes_homed(texts, drafts)
    return [d.picked for d in drafts]


def test_a_role_tagged_quote_joins_the_group_naming_its_speaker() -> None:
    drafts = [Draft(None, [0, 1, 5]), Draft(1, [2, 3, 4])]
    assert _homed(STORY, drafts) == [[0, 1, 2, 5], [3, 4]]


def test_a_tag_naming_its_speaker_stays() -> None:
    texts = [*STORY[:2], STORY[2].replace("the Dutchman", "Vos"), *STORY[3:]]
    assert _homed(texts, [Draft(None, [0, 1, 5]), Draft(1, [2, 3, 4])]) == [[0, 1, 5], [2, 3, 4]]


def test_a_quote_about_no_one_the_speakers_sentence_names_stays() -> None:
    texts = [*STORY[:2], "'The final will be hard but we are ready,' added the Dutchman.", *STORY[3:]]
    assert _homed(texts, [Draft(None, [0, 1, 5]), Draft(1, [2, 3, 4])]) == [[0, 1, 5], [2, 3, 4]]


def test_no_move_out_of_a_pair_or_past_its_own_groups_bullet() -> None:
    assert _homed(STORY, [Draft(None, [0, 1, 5]), Draft(1, [2, 3])]) == [[0, 1, 5], [2, 3]]
    assert _homed(STORY, [Draft(None, [0, 5]), Draft(1, [1, 2, 3, 4])]) == [[0, 5], [1, 2, 3, 4]]
