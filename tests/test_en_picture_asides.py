"""A photo's pointer inside an English bullet is dropped (text/en_picture_asides.py), and only it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.en_picture_asides import without_picture_asides

DATA = Path("/work/shared/data/en-cnndm.jsonl")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor brought her husband Bill, pictured above, who sits on the board.",
            "The mayor brought her husband Bill, who sits on the board.",
        ),
        ("His home and shed (pictured) were searched by police.", "His home and shed were searched by police."),
        ("Hart (left) and Mills (far right) met at the station.", "Hart and Mills met at the station."),
        ("Mrs Hart, pictured, said the road was closed.", "Mrs Hart said the road was closed."),
        ("Mrs Hart, pictured, a nurse, said so.", "Mrs Hart, a nurse, said so."),
        ("Hart, left, said the road was closed.", "Hart said the road was closed."),
        ("The club's old ground (file picture) will be sold.", "The club's old ground will be sold."),
    ],
)
def test_pointer_is_dropped(text: str, expected: str) -> None:
    assert without_picture_asides(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Davies (pictured with his wife) came home on Friday.",  # the bracket says more than where
        "He turned left, right, and left again before the bridge.",  # directions, no aside
        "The score was 2, left, 3 by the end.",
        "Rovers are three points above the drop zone.",
        "Eight guards were pictured with the senator at a rally.",  # the news, not a pointer
    ],
)
def test_other_text_is_kept(text: str) -> None:
    assert without_picture_asides(text) == text


def test_no_cnndm_bullet_keeps_a_pointer() -> None:
    """The first 100 en-cnndm briefs: no bullet says "(pictured)" or ", pictured above,"."""
    with DATA.open(encoding="utf-8") as handle:
        lines = [next(handle) for _ in range(100)]
    bullets = []
    for line in lines:
        record = json.loads(line)
        document = document_from_text(record["article"], origin=record["id"], kind="text")
        bullets += [point.text for point in draft_extractive(document).points()]
    assert not [b for b in bullets if "(pictured" in b or ", pictured above," in b]
    # the teacher's husband (a record the pointer was in) is still named, without it
    assert any("her husband Bill, who" in b for b in bullets)
