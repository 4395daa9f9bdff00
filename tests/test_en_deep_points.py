"""An English overview point from deep in the story goes to the theme group that shares clearly
most of its words where the group beside it does not (engines/en_deep_points.py, called from
engines/en_late_points.py), read on en-cnndm articles."""

from __future__ import annotations

from typing import cast

from citebrief.engines.en_deep_points import CLEAR, DEEP_PASSAGE, naming_home
from citebrief.engines.scored import Draft, Scored, Unit
from citebrief.eval.rouge import split_paragraphs
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from conftest import cnndm_groups, group_opening, shared_article


def test_a_deep_point_goes_to_the_group_of_its_thread() -> None:
    # Ancelotti's fit squad, "Gareth Bale set to return", stood beside his set-pieces words but
    # belongs with Bale's fitness ("If one doesn't play, another will", "Bale is at 100 per cent")
    groups = cnndm_groups(39)
    bale = group_opening(groups, "'But Bale is at 100 per cent.'")
    assert bale[0].startswith("The 55-year-old also revealed he has a fully fit squad"), groups
    assert not any("fully fit squad" in text for text in groups[0]), groups
    assert len(groups[0]) == 2 and all(len(group) <= 5 for group in groups), groups
    # the set-pieces group keeps Ancelotti's "we have analysed it" (no group takes a sixth bullet)
    # Ancelotti's, in his marks, each line naming him (s280g: each bullet is read alone)
    set_pieces = group_opening(groups, "[Ancelotti said:] 'It’s difficult to say")
    assert any(text.startswith("[Ancelotti said:] 'It’s not that interesting") for text in set_pieces), groups


def test_a_lead_point_or_one_the_overview_shares_more_with_stays() -> None:
    # the Forsa poll (passage 1) is a key point whatever a later group says of it
    groups = cnndm_groups(117)
    assert any(text.startswith("Research carried out by the Forsa Institute") for text in groups[0]), groups
    # Eugenie's birthday glasses share more with the overview's outings than with any group
    groups = cnndm_groups(76)
    assert any(text.startswith("Laughing Eugenie") for text in groups[0]), groups
    assert 0 < CLEAR < 1 and DEEP_PASSAGE > 1


class _Roundup:
    """The fields `naming_home` reads of a scored article: its sentences, their passages, as said."""

    def __init__(self, sentences: list[tuple[int, str]]) -> None:
        self.units = [Unit(k, p, text, [], k / 10, False, None) for k, (p, text) in enumerate(sentences)]
        self.trimmed = [text for _, text in sentences]


ROUNDUP = [
    (1, "Rovers beat Town 2-0 at home on Saturday night to go top of the table."),
    (1, "Their captain scored twice in the second half after a quiet opening hour."),
    (2, "Elsewhere, Harriers won 1-0 away at Wanderers thanks to a late header."),
    (2, "The winner came from a corner in the last minute of the game."),
    (3, "Later on Sunday, Dynamo thrashed Athletic 4-1 in front of a record crowd."),
    (3, "The visitors had led early on before the home side took control."),
    (4, "The crowd was the biggest the ground has seen in a decade."),
    (4, "The goalkeeper then fumbled a cross to complete Athletic's misery."),
]


def _named_home(sentences: list[tuple[int, str]], themes: list[Draft], point: int) -> list[int] | None:
    home = naming_home(cast(Scored, _Roundup(sentences)), themes, point, Draft(None, [0, point]))
    return None if home is None else home.picked


def test_a_deep_point_goes_to_the_one_group_naming_its_event() -> None:
    # the keeper's blunder names Athletic, as the group on Athletic's defeat does, and no other group
    themes = [Draft(1, [1, 2, 3]), Draft(2, [4, 5])]
    assert _named_home(ROUNDUP, themes, 7) == [4, 5]


def test_a_point_whose_name_two_groups_write_or_in_the_lead_stays() -> None:
    told = [*ROUNDUP[:3], (2, "Athletic will meet Harriers in the cup next month."), *ROUNDUP[4:]]
    assert _named_home(told, [Draft(1, [1, 2, 3]), Draft(2, [4, 5])], 7) is None  # both groups name Athletic
    early = [*ROUNDUP[:7], (2, ROUNDUP[7][1])]
    assert _named_home(early, [Draft(1, [1, 2, 3]), Draft(2, [4, 5])], 7) is None  # in the first passages


def test_a_blunder_naming_the_beaten_club_joins_that_match_in_the_bench_view() -> None:
    # en-cnndm 61 cut in passages: the keeper's blunder "to complete Villarreal's misery" stood among the
    # key points of Aduriz's equaliser, and Espanyol's win at Villarreal sat in Getafe's group
    text = shared_article("en-cnndm.jsonl", 61).strip()
    document = document_from_text("\n\n".join(split_paragraphs(text, "en")), origin="x", kind="text")
    groups = [[point.text for point in group.points] for group in draft(document).groups]
    assert group_opening(groups, "Asenjo had a night") == group_opening(groups, "Espanyol extended"), groups
    assert group_opening(groups, "Aduriz pounced") is groups[0], groups
    assert not any(text.startswith("Getafe") for text in group_opening(groups, "Espanyol extended")), groups
