"""A fixture list's header run into its team news is cut off the sentence (en-cnndm 107)."""

from __future__ import annotations

from citebrief.ingest import document_from_text
from citebrief.segment import sentence_spans
from citebrief.text.en_fixture_heads import fixture_head_cut
from conftest import cnndm_groups, shared_article

HEADED = "GLOUCESTER v NEWCASTLE (SATURDAY: Kingsholm, 3pm) Dan Robson and Billy Burns form a new pairing."


def _pieces(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, "en")]


def test_header_is_cut_off_its_team_news() -> None:
    cut = fixture_head_cut(HEADED, 0, len(HEADED))
    assert cut is not None
    assert HEADED[cut:].startswith("Dan Robson")
    assert _pieces(HEADED) == [
        "GLOUCESTER v NEWCASTLE (SATURDAY: Kingsholm, 3pm)",
        "Dan Robson and Billy Burns form a new pairing.",
    ]
    sides = "LEICESTER V LONDON WELSH (SUNDAY: Welford Road, 3pm) Graham Kitchener makes a first appearance."
    assert _pieces(sides)[1].startswith("Graham Kitchener")


def test_no_cut_without_a_days_bracket_or_team_news() -> None:
    for text in (
        "GLOUCESTER v NEWCASTLE Dan Robson and Billy Burns form a new pairing.",  # no bracket of a day
        "GLOUCESTER v NEWCASTLE (Kingsholm, 3pm) Dan Robson and Billy Burns form a new pairing.",
        "GLOUCESTER v NEWCASTLE (SATURDAY: Kingsholm, 3pm) Robson starts.",  # too short to be a sentence
        "Gloucester v Newcastle (SATURDAY: Kingsholm, 3pm) Dan Robson and Billy Burns form a new pairing.",
    ):
        assert fixture_head_cut(text, 0, len(text)) is None, text


def test_shared_cnndm_107_headers_are_no_bullets_front() -> None:
    document = document_from_text(shared_article("en-cnndm.jsonl", 107), origin="x", kind="text")
    sentences = [s.text for segment in document.segments for s in segment.sentences]
    assert "WASPS v EXETER (SUNDAY: Ricoh Arena, 2pm)" in sentences
    assert "NORTHAMPTON V SARACENS (SATURDAY: Stadium MK, 3.15pm)" in sentences
    bullets = [text for group in cnndm_groups(107) for text in group]
    assert not [text for text in bullets if "(SATURDAY:" in text or "(SUNDAY:" in text]
    assert any(text.startswith("Courtney Lawes has been passed fit") for text in bullets)
