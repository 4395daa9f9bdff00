"""Mojibake (UTF-8 once read as Windows-1252, "Â£200") is repaired at ingest, and only it:
clean Chinese and English text comes through byte-identical."""

from __future__ import annotations

import pytest

from citebrief.ingest import document_from_text
from citebrief.mojibake import has_marker, repair
from citebrief.options import BriefOptions
from citebrief.pipeline import brief_document
from citebrief.segment import build_document
from conftest import shared_article


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        (
            "The licence costs Â£1,000 and itâ€™s a cafÃ© â€“ really",
            "The licence costs £1,000 and it’s a café – really",
        ),
        ("â€œQuotedâ€\x9d, he said, and left â€¦", "“Quoted”, he said, and left …"),
        ("Ã\xa0 la carte at 20Â°C", "à la carte at 20°C"),
        ("国务院拨款 Â£5m", "国务院拨款 £5m"),  # mojibake beside characters Windows-1252 has none of
        ("Athens obtained â‚¬86bn of new credit", "Athens obtained €86bn of new credit"),  # the euro sign alone
    ],
)
def test_mojibake_is_repaired_and_curly_quotes_stay_curly(broken: str, fixed: str) -> None:
    assert repair(broken) == fixed


@pytest.mark.parametrize(
    "clean",
    [
        "国务院办公厅关于印发《“十四五”数字经济发展规划》的通知（国办发〔2021〕29号）",
        "全角字符ＡＢＣ１２３，半角 ABC 123。",
        "He said “it’s fine” — the £200 fee, at 20°C, in a café.",
        "SÃO PAULO and the Âmbito report: capitals in Portuguese, no mojibake",  # a marker, clean text
        "cafe\u0301 spelt decomposed, and ﬁ as a ligature",  # no NFC, no compatibility folding
        "plain ASCII \"straight\" 'quotes'",
    ],
)
def test_clean_text_comes_through_byte_identical(clean: str) -> None:
    assert repair(clean) == clean


def test_text_without_a_marker_is_not_handed_to_ftfy() -> None:
    clean = "He said “it’s fine” — 国务院 £200"
    assert not has_marker(clean)
    assert repair(clean) is clean
    assert has_marker("Â£") and has_marker("Ã©") and has_marker("â€™")


def test_every_ingest_path_meets_the_repair() -> None:
    """Text, HTML (body and title) and extracted files (`build_document`) all come out repaired."""
    text = (
        "Council sets fees\n\nThe licence now costs Â£1,000, the council said.\n\nItâ€™s due in May, officials added."
    )
    document = document_from_text(text, origin="t", kind="text")
    assert "£1,000" in document.text and "It’s due" in document.text and not has_marker(document.text)
    html = (
        "<html><head><title>CafÃ© fees rise</title></head><body><article><h1>CafÃ© fees rise</h1>"
        + "".join(
            f"<p>Paragraph {i}: the cafÃ© owner paid Â£{i}00 in fees this year, the council said.</p>" for i in range(6)
        )
        + "</article></body></html>"
    )
    page = document_from_text(html, origin="p", kind="html")
    assert page.title == "Café fees rise"
    assert "café owner paid £100" in page.text and not has_marker(page.text)
    built = build_document(["Itâ€™s Â£5.", "Clean text."], origin="f", title="Ã© title", source="CafÃ© News")
    assert (built.title, built.source, built.segments[0].text) == ("é title", "Café News", "It’s £5.")


def test_a_shared_article_with_mojibake_is_briefed_in_repaired_text() -> None:
    """en-xsum 160 came with "Â£200"; the document, its bullets, their cited paragraphs and verify read "£200"."""
    article = shared_article("en-xsum.jsonl", 160)
    assert "Â£200" in article  # the shared data still holds the mojibake this guards against
    document = document_from_text(article, origin="en-xsum-160", kind="text")
    assert "£200" in document.text and not has_marker(document.text)
    points = brief_document(document, BriefOptions()).brief.points()
    priced = [point for point in points if "£200" in point.text]
    assert priced, "a bullet tells the £200 threshold"
    assert all(not has_marker(point.text) for point in points)
    cited = {segment.n: segment.text for segment in document.segments}
    for point in priced:
        assert any("£200" in cited[n] for n in point.citations)
        assert point.support is not None and point.support.label == "supported"
