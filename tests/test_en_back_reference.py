"""English bullets that point back without opening on "He" ("Both were…", "That one…", "Though
he…") carry the sentence they lean on, as a "He…" bullet does."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.en_back_reference import points_back_en
from conftest import load_records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both were being recognized for their support of music creators' rights.", True),
        ("Both men were arrested on Friday.", True),
        ("Both of them denied the charges.", True),
        ("Both the Russian and US segments operate normally.", False),  # "both X and Y"
        ("The pair began dating in January 2013.", True),
        ("The two men had met online.", True),
        ("The two-year-old was unhurt.", False),
        ("That was scoring in a World Cup for your country.", True),
        ("That said, Ferrari are stronger over a long run.", False),  # a turn of phrase
        ("Though he recorded nearly 20 albums, that one would remain his most popular.", True),
        ("However, he made only 12 appearances and returned to England in 2012.", True),
        ("But she never gave up.", True),
        ("If it rains, the match will be called off.", False),  # "it" of the weather
        ("Though Smith recorded 20 albums, one stayed his most popular.", False),
        ("Thatcher won the vote.", False),
        ("Bothwell scored twice.", False),
    ],
)
def test_points_back(text: str, expected: bool) -> None:
    assert points_back_en(text) is expected


def _bullets(index: int) -> list[str]:
    record = load_records("en-cnndm.jsonl")[index]
    document = document_from_text(record["article"], origin="x", kind="text")  # as readers see it
    return [p.text for g in draft_extractive(document).groups for p in g.points]


@pytest.mark.parametrize(
    ("index", "leaning", "antecedent"),
    [
        (150, "Though he recorded nearly 20 albums, that one", 'he released an album titled "I Made a Vow,"'),
        (33, "Both were being recognized", "Bob Goodlatte (R-Va.) and Jerrold Nadler"),
    ],
)
def test_a_bullet_that_points_back_says_what_it_points_at(index: int, leaning: str, antecedent: str) -> None:
    bullet = next(b for b in _bullets(index) if leaning in b)
    assert antecedent in bullet.split(leaning)[0]
