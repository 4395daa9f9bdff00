"""Sentences glued to a colon whose list the flattened page lost (text/en_glued_colons.py): the
lead-in becomes a sentence of its own, the next paragraph another; a speaker's colon, a list whose
glued items follow, a "that:" and a caption's label stay whole."""

from __future__ import annotations

import pytest

from citebrief.engines.scoring import score
from citebrief.ingest import document_from_text
from citebrief.segment import sentence_spans
from citebrief.text.en_glued_colons import glued_colon_cuts, stated_lead_in
from conftest import shared_article, shared_groups


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


def test_lead_in_cut_from_the_next_paragraph() -> None:
    text = "The council is promising to improve the service by:From next year, residents will pay a fee."
    assert _sentences(text) == [
        "The council is promising to improve the service by:",
        "From next year, residents will pay a fee.",
    ]


def test_lead_in_ending_on_a_bracket_cut() -> None:
    """A figure's gloss in brackets closes the lead-in as a word does."""
    text = "The bill for the repairs is put at 40m euros ($45m):Officials began the survey last spring."
    assert _sentences(text) == [
        "The bill for the repairs is put at 40m euros ($45m):",
        "Officials began the survey last spring.",
    ]


def test_report_after_the_colon_still_cut() -> None:
    """A report in the paragraph after the colon is not the lead-in's: the colon introduced the
    lost list, so the two are cut as any other seam."""
    text = "The party calls for:On the theme of the vote, he said it was about money."
    assert _sentences(text) == ["The party calls for:", "On the theme of the vote, he said it was about money."]


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        pytest.param(
            "The bill for the repairs is put at 40m euros ($45m):",
            "The bill for the repairs is put at 40m euros ($45m)",
            id="figure-gloss",
        ),
        pytest.param("Rents in the city rose by 12%:", "Rents in the city rose by 12%", id="figure"),
        pytest.param("The party calls for:", None, id="preposition"),
        pytest.param("Requests sent to the office have included:", None, id="verb"),
        pytest.param("Here are five ways to enjoy the holiday online:", None, id="noun"),
    ],
)
def test_lead_in_stated_only_where_it_closes_on_a_figure(text: str, stated: str | None) -> None:
    """A lead-in that closes on a figure or its gloss has said its point; one ending on a verb, a
    preposition or a word that names the lost list says nothing without it."""
    assert stated_lead_in(text) == stated


def test_figure_lead_in_is_a_bullet_without_its_colon() -> None:
    """The lead-in cut from the paragraph glued to its colon is a bullet of its own, said without
    the colon (a quote of its paragraph still), where it closes on a figure's gloss."""
    text = (
        "The council met on Monday to discuss the state of the old bridge over the river. "
        "The bill for the repairs is put at 40m euros ($45m):Officials began the survey of the bridge last spring. "
        "The works will close the road for most of next year."
    )
    document = document_from_text(text, origin="x", kind="text")
    scored = score(document, {})[0]
    lead = next(u for u in scored.units if u.text.startswith("The bill"))
    assert lead.index in scored.usable
    assert scored.trimmed[lead.index] == "The bill for the repairs is put at 40m euros ($45m)"
    assert scored.trimmed[lead.index] in document.segments[lead.paragraph - 1].text


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
