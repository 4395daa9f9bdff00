"""Sentences glued to a colon whose list the flattened page lost (text/en_glued_colons.py): the
lead-in becomes a sentence of its own, the next paragraph another; a speaker's colon, a list whose
glued items follow, a "that:" and a caption's label stay whole."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans
from citebrief.text.en_glued_colons import glued_colon_cuts
from conftest import shared_article, shared_groups


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


def test_lead_in_cut_from_the_next_paragraph() -> None:
    text = "The council is promising to improve the service by:From next year, residents will pay a fee."
    assert _sentences(text) == [
        "The council is promising to improve the service by:",
        "From next year, residents will pay a fee.",
    ]


def test_lead_in_ending_on_a_bracket_left_glued() -> None:
    """A lead-in closing on a figure's gloss in brackets stays glued: cut off, its figure would be a
    lead-in no bullet says (readers, s300: the lost figure read worse than the splice)."""
    text = "The bill for the repairs is put at 40m euros ($45m):Officials began the survey last spring."
    assert _sentences(text) == [text]


def test_report_after_the_colon_still_cut() -> None:
    """A report in the paragraph after the colon is not the lead-in's: the colon introduced the
    lost list, so the two are cut as any other seam."""
    text = "The party calls for:On the theme of the vote, he said it was about money."
    assert _sentences(text) == ["The party calls for:", "On the theme of the vote, he said it was about money."]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The coach told BBC Radio Kent:Media playback is not supported on this device", id="speaker"),
        pytest.param("Three players will take part:Tom Smith plays for LeedsJoe Brown is with Hull.", id="glued-items"),
        pytest.param("The poll strongly suggests that:Read the analysis of the poll here", id="that"),
        pytest.param("Pictured:Operation Overlord in June 1944", id="caption-label"),
        pytest.param("The meeting starts at 09:15 on Monday and ends at noon.", id="clock"),
        pytest.param("See http://Example.com for the full list of changes.", id="address"),
    ],
)
def test_seams_left_whole(text: str) -> None:
    assert glued_colon_cuts(text, 0, len(text)) == []


def test_shared_minecraft_lead_in_no_longer_a_splice() -> None:
    """en-xsum 146: "… improve the experience by:To access the service, …" was one bullet."""
    bullets = [bullet for group in shared_groups("en-xsum.jsonl", 146) for bullet in group]
    assert not any("by:To access" in bullet for bullet in bullets)
    assert any(bullet.startswith("To access the service, children and teachers") for bullet in bullets)


def test_shared_christmas_lead_ins_cut() -> None:
    """en-xsum 78: "… five ways to enjoy Christmas online:Everyday Church Online, …" and "… have
    included:Its first Christmas theme …" each glued a lead-in to the next paragraph."""
    bullets = [bullet for group in shared_groups("en-xsum.jsonl", 78) for bullet in group]
    assert not any(":Everyday" in bullet or ":Its first" in bullet for bullet in bullets)
    assert any(bullet.startswith("Everyday Church Online, which launched") for bullet in bullets)


def test_shared_speaker_colon_kept() -> None:
    """en-xsum 197: "… told BBC Radio London:Media playback …" is a speaker's colon, not cut."""
    article = shared_article("en-xsum.jsonl", 197)
    at = article.index("London:Media")
    assert glued_colon_cuts(article, article.rfind(".", 0, at) + 1, at + 40) == []
