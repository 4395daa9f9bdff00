"""A number that counts or dates the capitalised phrase after it (text/en_counted_names.py) is no
caption's last word; an age or a year that ends a caption is still cut before the next sentence."""

from __future__ import annotations

import pytest
from tests.conftest import shared_article

from citebrief.ingest import document_from_text
from citebrief.segment import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A jilted lover who sent images of his ex-partner to her daughter and set up 67 Facebook profiles "
            "to bombard her with abuse has been jailed.",
            id="count-before-a-plural",
        ),
        pytest.param(
            "The manager who won 3 Premier League titles with the club insists he will stay next season.",
            id="count-before-a-named-plural",
        ),
        pytest.param(
            "The party was split again on Tuesday when 12 Labour MPs voted against the bill in the Commons.",
            id="count-of-an-acronym-plural",
        ),
        pytest.param(
            "Retro: The original 1959 Barbie Doll has been reproduced and goes back on sale this Saturday.",
            id="year-inside-a-noun-phrase",
        ),
    ],
)
def test_a_counted_phrase_stays_one_sentence(text: str) -> None:
    assert _sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Police were called to West Palm Beach on Friday night where they found Carrion-Moore, 23 "
            "Carrion-Moore was previously arrested in February.",
            [
                "Police were called to West Palm Beach on Friday night where they found Carrion-Moore, 23",
                "Carrion-Moore was previously arrested in February.",
            ],
            id="an-age-ends-a-caption",
        ),
        pytest.param(
            "The bank was named the worst in Britain in 2004 but was stripped of his title in 2012 Chief "
            "executive Ross McEwan said the results were poor.",
            [
                "The bank was named the worst in Britain in 2004 but was stripped of his title in 2012",
                "Chief executive Ross McEwan said the results were poor.",
            ],
            id="a-year-ends-a-caption",
        ),
        pytest.param(
            "The victim was stabbed outside his home in the town, aged 42 Smith looks on as officers search "
            "the garden for the weapon.",
            [
                "The victim was stabbed outside his home in the town, aged 42",
                "Smith looks on as officers search the garden for the weapon.",
            ],
            id="an-age-before-a-noun-or-verb",
        ),
    ],
)
def test_a_caption_that_ends_on_a_number_is_still_cut(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_cnndm_record_69_keeps_the_facebook_profiles_whole() -> None:
    """Read in place: the story opens "… set up 67 Facebook profiles to bombard her with abuse"."""
    article = shared_article("en-cnndm.jsonl", 69)
    sentences = [s.text for s in document_from_text(article, origin="x", kind="text").segments[0].sentences]
    assert not any(s.endswith(" 67") or s.startswith("Facebook profiles") for s in sentences)
