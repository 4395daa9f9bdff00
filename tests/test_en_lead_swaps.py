"""A two-point English overview trades its deep point for a lead sentence the point's group holds,
and a point sharing a word or two with a short bullet does not restate it (`en_lead_swaps.py`)."""

from __future__ import annotations

from typing import cast

from citebrief.engines.en_lead_swaps import lead_taken_back, says_again
from citebrief.engines.scored import Draft, Scored, Unit
from citebrief.model import Brief
from conftest import shared_article


class _Sentences:
    """The one field the module reads of a scored article: its sentences, with their passages."""

    def __init__(self, sentences: list[tuple[int, str]]) -> None:
        self.units = [
            Unit(k, passage, text, [w.strip(",.").lower() for w in text.split() if len(w) > 3], k / 8, False, None)
            for k, (passage, text) in enumerate(sentences)
        ]


STORY = _Sentences(
    [
        (1, "Aduriz denied his old team victory with a late equaliser."),
        (1, "Aduriz pounced in the ninetieth minute to secure a draw."),
        (1, "But Valencia had been reduced to ten players."),
        (2, "Getafe moved clear of the bottom three with a win at Elche."),
        (2, "Hinestroza scored the only goal of the game for Getafe."),
        (3, "However, he made only twelve appearances."),
        (3, "Since returning, Haskell has surpassed the hundred appearances mark with fifty caps."),
    ]
)


def _scored() -> Scored:
    return cast(Scored, STORY)


def test_the_group_gives_back_its_lead_sentence() -> None:
    overview, group = Draft(None, [0, 4]), Draft(1, [1, 3])
    assert lead_taken_back(_scored(), overview, 4, group) == 1


def test_a_group_with_no_lead_sentence_gives_none() -> None:
    overview, group = Draft(None, [0, 4]), Draft(1, [3, 5])
    assert lead_taken_back(_scored(), overview, 4, group) is None


def test_a_sentence_leaning_on_one_the_overview_lacks_stays() -> None:
    overview, group = Draft(None, [0, 4]), Draft(1, [2, 3])
    assert lead_taken_back(_scored(), overview, 4, group) is None  # "But Valencia ..." after sentence 1


def test_two_shared_words_are_no_restatement() -> None:
    assert not says_again(_scored(), 6, 5)  # "appearances" alone ties them


def test_a_point_sharing_most_of_its_words_restates() -> None:
    assert says_again(_scored(), 0, 0)


def _brief(index: int) -> Brief:
    from citebrief.ingest import document_from_text
    from citebrief.pipeline import draft

    return draft(document_from_text(shared_article("en-cnndm.jsonl", index), origin="x", kind="text"))


def _group_of(brief: Brief, opening: str) -> int:
    return next(g for g, group in enumerate(brief.groups) for p in group.points if p.text.startswith(opening))


def test_a_deep_goal_trades_places_with_the_leads_second_line() -> None:
    """en-cnndm record 61: "Fredy Hinestroza scored the only goal" (passage 3) stood among the key
    points of Aduriz's equaliser, while "Aduriz pounced in the 90th minute" opened Getafe's group."""
    brief = _brief(61)
    assert _group_of(brief, "Aduriz pounced") == 0
    assert _group_of(brief, "Fredy Hinestroza") == _group_of(brief, "Getafe bolstered") > 0


def test_a_point_sharing_two_words_with_a_bullet_joins_its_group() -> None:
    """en-cnndm record 55: Haskell's 100 appearances and 57 caps stood in the overview because the
    caps group's "he made only 12 appearances" shares two of its words."""
    brief = _brief(55)
    assert _group_of(brief, "Since returning to Wasps") == _group_of(brief, "Windsor-born Haskell") > 0
