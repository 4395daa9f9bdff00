"""An English story theme picks bullets that relate to each other: a pick that shares no word,
name or person with the others gives its place to a sentence of the run that does
(`engines/en_related_picks.py`); a brief asked for a number of groups keeps its picks."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from conftest import shared_article


def _brief(index: int, groups: int | None = None) -> Brief:
    document = document_from_text(shared_article("en-cnndm.jsonl", index), origin=f"en-cnndm-{index}", kind="text")
    return draft_extractive(document, groups=groups)


def _group_of(brief: Brief, start: str) -> list[str]:
    return next([p.text for p in g.points] for g in brief.groups if any(p.text.startswith(start) for p in g.points))


def test_a_loner_gives_its_place_to_a_sentence_of_the_same_thread() -> None:
    # the viral clip of the defender's trick shot, then the slow-motion look at the clip, not
    # "In the video he can be seen turning to face the camera" of nothing the clip's bullets say
    group = _group_of(_brief(4), "The viral clip shows")
    assert any(t.startswith("A slow motion look at the clip") for t in group)
    assert not any(t.startswith("In the video he can be seen") for t in group)


def test_related_picks_stay() -> None:
    # the fraud's trial: the second defendant's order, the prosecutor on Allen, Godwin cleared and
    # both men convicted are one thread by their names
    group = _group_of(_brief(11), "A second defendant, Edward Byatt")
    assert any(t.startswith("But Allen and Byatt were both convicted") for t in group)


def test_what_happened_is_not_traded_for_what_someone_said() -> None:
    # the recordings of the suspect molesting boys stay; "Soumbadze told BethesdaNow.com that his
    # parents ..." shares the studio's name with a bullet, but says what he said, not what happened
    texts = [p.text for g in _brief(114).groups for p in g.points]
    assert any(t.startswith("Other recordings recovered by police allegedly showed") for t in texts)
    assert not any(t.startswith("In a profile of the On the Mat studio") for t in texts)
