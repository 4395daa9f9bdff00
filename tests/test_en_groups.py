"""English theme groups by what their bullets share: a bullet about another group's thing moves
there, where that group shares clearly more of its words, and a group no phrase covers joins a
neighbour it shares one with; Chinese briefs and sectioned documents keep their groups."""

from __future__ import annotations

import numpy as np

from citebrief.engines.en_groups import regroup
from citebrief.engines.extractive import draft_extractive
from citebrief.engines.scored import Draft, Unit
from citebrief.engines.themes import Themes
from citebrief.ingest import document_from_text
from citebrief.text.tokenize import analyze
from conftest import shared_article

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
    # the obesity warning joins obesity; the two bullets left (Sweden's EU rank, Uruguay above
    # Italy) share nothing with each other and fold into the group of the countries they name
    assert [d.picked for d in after] == [[1, 2, 5], [3, 4, 6, 7]]


def test_groups_keep_two_bullets_and_four_at_most() -> None:
    drafts = [Draft(1, [1, 2]), Draft(2, [3, 4]), Draft(3, [5, 6, 7])]
    for draft in regroup("en", _runs(), _units(), drafts):
        assert 2 <= len(draft.picked) <= 4


def test_chinese_and_sectioned_groups_stay() -> None:
    for lang, themes in (("zh", _runs()), ("en", Themes(np.zeros(5, dtype=int), {}))):
        drafts = [Draft(1, [1, 2]), Draft(2, [3, 4]), Draft(3, [5, 6, 7])]
        assert [d.picked for d in regroup(lang, themes, _units(), drafts)] == [[1, 2], [3, 4], [5, 6, 7]]


def _article(index: int) -> str:
    return shared_article("en-cnndm.jsonl", index)


def test_a_group_no_phrase_covers_joins_its_neighbour_under_a_shared_title() -> None:
    # food banks: "Past Financial Year" (one bullet's figure) beside "Bank Visits" (the next run's figures)
    document = document_from_text(_article(122), origin="en-cnndm-122", kind="text")
    groups = draft_extractive(document).groups[1:]
    titles = [g.title for g in groups]
    # the next group, since its bullet keeps the quote its ", said" was cut before, was "Food Poverty";
    # its Labour, Oxfam and food bank comments are now "Reaction to the Figures" (`en_reaction_runs`);
    # the group of six before them is two, the row over the figures and the figures (`en_long_splits`)
    assert "Past Financial Year" not in titles and any(t.startswith("Food Bank") for t in titles[:-1]), titles
    assert titles[-1] in {"Food Poverty", "Reaction to the Figures"}
    figures = [p.text for g in groups[:-1] for p in g.points]
    assert any("1,084,604" in t for t in figures) and any("913,138" in t for t in figures)


def test_a_bullet_is_weighed_by_what_it_says_not_a_caption_run_on() -> None:
    # "He then told June ..." runs on into a caption ("... isn't returning any phone calls or
    # texts") the bullet leaves out: it drew "Since then Billy hasn't been seen" under Uncle Poodle
    document = document_from_text(_article(97), origin="en-cnndm-97", kind="text")
    groups = draft_extractive(document).groups
    billy = next(g for g in groups if any(p.text.startswith("Since then Billy") for p in g.points))
    # (it now follows "Billy Thompson was last seen on Saturday…" in the overview: en_antecedent_next)
    assert any("police" in p.text or "last seen" in p.text for p in billy.points) and billy.title != "Uncle Poodle"


def test_an_edge_bullet_moves_beside_the_group_it_shares_a_word_with() -> None:
    # plane banners, after two bullets of a spending survey, one sentence before "a prom banner"
    document = document_from_text(_article(95), origin="en-cnndm-95", kind="text")
    groups = draft_extractive(document).groups[1:]
    banners = next(g for g in groups if any("plane banners" in p.text for p in g.points))
    assert any("prom banner" in p.text for p in banners.points)
    assert not any("survey" in p.text for p in banners.points)


def test_groups_asked_for_are_not_merged() -> None:
    document = document_from_text(_article(122), origin="en-cnndm-122", kind="text")
    assert len(draft_extractive(document, groups=4).groups) == 4
