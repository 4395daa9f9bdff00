"""en_caps_heads: an all-capitals subheading at a sentence's front is cut off the sentence under it,
an all-capitals line is never a bullet, and "vs." is no sentence end."""

from __future__ import annotations

import pytest

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.segment import sentence_spans
from citebrief.text.en_caps_heads import caps_head_cut
from citebrief.text.patterns import is_structure
from conftest import load_records


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        pytest.param(
            "LAST SPELL OF COMMENTARY IN ENGLAND Benaud's final commentary duties came at The Oval in 2005.",
            "Benaud's final commentary duties came at The Oval in 2005.",
            id="heading",
        ),
        pytest.param(
            "INTRODUCING 'AUSTRALIA'S BIGGEST SUMMER' One of his final pieces of work saw him introduce it.",
            "One of his final pieces of work saw him introduce it.",
            id="quoted-words",
        ),
        pytest.param(
            "BENAUD ON BOTHAM Sir Ian Botham's unbeaten 149 had Benaud unleashing his best lines.",
            "Sir Ian Botham's unbeaten 149 had Benaud unleashing his best lines.",
            id="name-after",
        ),
    ],
)
def test_caps_heading_is_cut_off(text: str, sentence: str) -> None:
    assert sentences(text)[-1] == sentence


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("US PGA champion Rory McIlroy won again on Sunday.", id="acronyms"),
        pytest.param("The NFL and the NBA said the talks would go on.", id="sentence-opener"),
        pytest.param("NEW YORK CITY FC Won again.", id="too-short-after"),
    ],
)
def test_no_heading_no_cut(text: str) -> None:
    assert sentences(text) == [text]


def test_versus_is_no_sentence_end() -> None:
    text = "Dads plan to outspend moms by 63%, $1160vs. $710. The Northeast took the spending crown."
    assert sentences(text) == [
        "Dads plan to outspend moms by 63%, $1160vs. $710.",
        "The Northeast took the spending crown.",
    ]


@pytest.mark.parametrize(
    ("text", "structure"),
    [
        ("'YOU'VE GOT TO CHECK IF THEY'RE STILL THERE!'", True),
        ("4. TRIBUTE TO PHILLIP HUGHES", True),
        ("The US and the UK agreed.", False),
    ],
)
def test_caps_line_is_never_a_bullet(text: str, structure: bool) -> None:
    assert is_structure(text) is structure


def test_list_article_bullets_lose_their_headings() -> None:
    """en-cnndm record 94 (a list article with capitals headings) in the readers' form."""
    record = load_records("en-cnndm.jsonl")[94]
    document = document_from_text(record["article"], origin="test", kind="text")
    bullets = [point.text for group in draft(document).groups for point in group.points]
    assert bullets
    assert not any(text.split()[0].isupper() and text.split()[1].isupper() for text in bullets)


def test_quoted_shout_is_no_heading() -> None:
    """(The caption rules may still cut it at the quotation's close: this rule leaves it.)"""
    text = "'GET OUT OF MY HOUSE' Smith screamed at the two intruders in the hall."
    assert caps_head_cut(text, 0, len(text)) is None
