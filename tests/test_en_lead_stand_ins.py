"""An English overview of two points that gives its deep point to a group takes the first theme
group's lead sentence in its place (`en_lead_stand_ins.py`, called by `en_late_points.py`)."""

from __future__ import annotations

from typing import cast

from citebrief.engines.en_lead_stand_ins import first_theme_lead
from citebrief.engines.scored import Draft, Scored, Unit
from conftest import cnndm_groups, group_opening


class _Passages:
    """The one field `first_theme_lead` reads of a scored article: its sentences and passages."""

    def __init__(self, sentences: list[tuple[int, str]]) -> None:
        self.units = [Unit(k, passage, text, [], k / 8, False, None) for k, (passage, text) in enumerate(sentences)]


MATCHES = [
    (1, "Former Valencia striker Aduriz denied his old team victory with a late equaliser."),
    (1, "Aduriz pounced in the 90th minute to secure a 1-1 draw."),
    (2, "Getafe edged to a 1-0 win at struggling Elche."),
    (2, "Fredy Hinestroza scored the only goal of the game five minutes from time."),
    (3, "Espanyol won 3-0 at El Madrigal."),
]


def _lead(sentences: list[tuple[int, str]], themes: list[Draft], overview: Draft, point: int, home: int) -> int | None:
    scored = cast(Scored, _Passages(sentences))
    return first_theme_lead(scored, themes, overview, point, themes[home])


def test_the_first_group_lead_sentence_stands_in() -> None:
    themes = [Draft(1, [1, 2, 4])]
    assert _lead(MATCHES, themes, Draft(None, [0, 3]), 3, 0) == 1


def test_a_sentence_past_the_lead_passage_does_not() -> None:
    later = [(2, text) if k == 1 else (passage, text) for k, (passage, text) in enumerate(MATCHES)]
    assert _lead(later, [Draft(1, [1, 2, 4])], Draft(None, [0, 3]), 3, 0) is None


def test_a_group_left_with_one_bullet_keeps_its_lead() -> None:
    themes = [Draft(1, [1, 2]), Draft(2, [4])]
    assert _lead(MATCHES, themes, Draft(None, [0, 3]), 3, 1) is None


def test_a_lead_sentence_leaning_on_a_sentence_no_overview_point_holds_stays() -> None:
    leaning = [(1, "Valencia travelled north."), (1, "Fans waited."), (1, "But Aduriz pounced late."), *MATCHES[2:]]
    assert _lead(leaning, [Draft(1, [2, 3, 4])], Draft(None, [0, 3]), 3, 0) is None
    assert _lead(leaning, [Draft(1, [2, 3, 4])], Draft(None, [1, 3]), 3, 0) == 2


def test_a_lead_sentence_the_next_bullet_goes_on_from_stays() -> None:
    quoted = [*MATCHES[:2], (1, "'It was a great night for us,' he said."), *MATCHES[3:]]
    assert _lead(quoted, [Draft(1, [1, 2, 4])], Draft(None, [0, 3]), 3, 0) is None


def test_another_match_leaves_the_overview_for_its_group() -> None:
    groups = cnndm_groups(61)  # Athletic Bilbao v Valencia, then Getafe's win and Villarreal's defeat
    assert any(text.startswith("Aduriz pounced in the 90th minute") for text in groups[0])
    assert not any(text.startswith("Fredy Hinestroza") for text in groups[0])
    assert group_opening(groups, "Fredy Hinestroza") == group_opening(groups, "Getafe bolstered their hopes")


def test_the_lead_goes_on_in_the_overview_and_the_deep_point_joins_its_pictures() -> None:
    groups = cnndm_groups(7)  # a photographer's Vietnam scooters
    assert any("one sight the becomes most engrained" in text for text in groups[0])
    high_chair = group_opening(groups, "With limited resources comes innovation")
    assert high_chair is not groups[0] and high_chair == group_opening(groups, "A family of five")
