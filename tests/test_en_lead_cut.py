"""The overview and the first theme group of an English news brief are cut again where the
lead ends (`engines/en_lead_cut.py`): lead sentences the first group held between the
overview's points go up, the overview's latest point goes down to open that group."""

from __future__ import annotations

from citebrief.engines.en_actor_groups import leans
from citebrief.engines.en_lead_cut import recut_lead
from citebrief.engines.en_story_splits import goes_on
from citebrief.engines.extractive import draft_extractive
from citebrief.engines.scored import Draft
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from conftest import shared_article

TEXTS = [f"Sentence {k} tells its own part." for k in range(12)]


def _goes_on(text: str) -> bool:
    return goes_on(text, leans)


def _brief(index: int) -> Brief:
    document = document_from_text(shared_article("en-cnndm.jsonl", index), origin=f"en-cnndm-{index}", kind="text")
    return draft_extractive(document)


def test_the_lead_goes_up_and_the_overview_latest_point_down() -> None:
    drafts = [Draft(None, [0, 3, 1]), Draft(0, [2, 4, 5]), Draft(1, [7, 8])]
    assert recut_lead(drafts, TEXTS, _goes_on)
    assert drafts[0].picked == [0, 1, 2]  # as many as before, the earliest
    assert drafts[1].picked == [3, 4, 5]  # the group opens on the point that went down
    assert drafts[2].picked == [7, 8]


def test_a_point_from_inside_the_group_run_stays_in_the_overview() -> None:
    # the overview's late point would land between the group's own bullets, not at its head
    drafts = [Draft(None, [0, 5]), Draft(0, [1, 3, 6])]
    assert not recut_lead(drafts, TEXTS, _goes_on)
    assert drafts[0].picked == [0, 5] and drafts[1].picked == [1, 3, 6]


def test_a_point_past_the_next_thread_stays() -> None:
    drafts = [Draft(None, [0, 9]), Draft(0, [1, 2]), Draft(1, [5, 6])]
    assert not recut_lead(drafts, TEXTS, _goes_on)


def test_a_point_that_reads_on_does_not_open_a_group() -> None:
    texts = [*TEXTS[:3], "His wife spent last week in hospital.", *TEXTS[4:]]
    drafts = [Draft(None, [0, 3]), Draft(0, [2, 4, 5])]
    assert not recut_lead(drafts, texts, _goes_on)


def test_nothing_moves_where_the_group_starts_after_the_overview() -> None:
    drafts = [Draft(None, [0, 1, 2]), Draft(0, [3, 4])]
    assert not recut_lead(drafts, TEXTS, _goes_on)


def test_leishman_in_the_overview_the_chairman_with_his_car_park() -> None:
    # the overview held the chairman's word on a women's Masters between Leishman's wife and his
    # leaving Augusta, which opened a group on the car park the chairman built
    brief = _brief(24)
    overview = " ".join(p.text for p in brief.groups[0].points)
    assert "Leishman left Augusta" in overview and "women’s Masters" not in overview
    chairman = next(g for g in brief.groups[1:] if any("women’s Masters" in p.text for p in g.points))
    assert any("car park" in p.text for p in chairman.points)
