"""English theme groups by what their bullets share: a bullet about another group's thing moves
there, where that group shares clearly more of its words; Chinese briefs and sectioned
documents keep their groups."""

from __future__ import annotations

import numpy as np

from citebrief.engines.en_groups import regroup
from citebrief.engines.scored import Draft, Unit
from citebrief.engines.themes import Themes
from citebrief.text.tokenize import analyze

SENTENCES = [
    ("Britain was ranked 27th in the world for health in the league table.", 1),
    ("Almost one in four Britons is obese, and obesity rates keep rising.", 2),
    ("Obesity levels pushed Britain down the health rankings of the table.", 2),
    ("Norway, Sweden and Switzerland lead the table of the best-off countries.", 3),
    ("Italy, at 31, does less well than Costa Rica, Chile or Uruguay.", 3),
    ("Doctors warn that obesity and obese children cost the health service most.", 4),
    ("Only four EU countries, Sweden among them, reach the top ten of the table.", 4),
    ("Uruguay and Chile rank above Italy, Portugal and Greece.", 5),
]


def _units() -> list[Unit]:
    return [
        Unit(k, paragraph, text, [t.word for t in analyze(text, "en") if t.is_term], k / 7, False, None)
        for k, (text, paragraph) in enumerate(SENTENCES)
    ]


def _runs() -> Themes:
    return Themes(np.zeros(5, dtype=int), {}, sentences=np.array([0, 1, 1, 2, 2, 3, 3, 3]))


def test_a_bullet_moves_to_the_group_that_shares_its_words() -> None:
    drafts = [Draft(1, [1, 2]), Draft(2, [3, 4]), Draft(3, [5, 6, 7])]
    after = regroup("en", _runs(), _units(), drafts)
    assert [d.picked for d in after] == [[1, 2, 5], [3, 4], [6, 7]]  # the obesity warning joins obesity


def test_groups_keep_two_bullets_and_four_at_most() -> None:
    drafts = [Draft(1, [1, 2]), Draft(2, [3, 4]), Draft(3, [5, 6, 7])]
    for draft in regroup("en", _runs(), _units(), drafts):
        assert 2 <= len(draft.picked) <= 4


def test_chinese_and_sectioned_groups_stay() -> None:
    for lang, themes in (("zh", _runs()), ("en", Themes(np.zeros(5, dtype=int), {}))):
        drafts = [Draft(1, [1, 2]), Draft(2, [3, 4]), Draft(3, [5, 6, 7])]
        assert [d.picked for d in regroup(lang, themes, _units(), drafts)] == [[1, 2], [3, 4], [5, 6, 7]]
