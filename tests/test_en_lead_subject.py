"""An English overview is titled by the person its lead opens on, not by the thing that person
was expelled from or is known for (text/en_lead_subject.py, text/en_lead_name.py)."""

from __future__ import annotations

import pytest

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.en_lead_name import lead_name
from citebrief.text.en_lead_subject import lead_person_over_thing
from conftest import load_records

CHESS = "Gaioz Nigalidze, the current Georgian champion, was expelled from the Dubai Open Chess tournament."
CHESS_TEXTS = [
    CHESS,
    "Organisers of the Dubai Open Chess Tournament found Nigalidze had hidden a phone.",
    "Nigalidze denied it. Gaioz Nigalidze could face a ban.",
]


def test_what_the_name_is_between_commas_is_read_past() -> None:
    assert lead_name(CHESS, CHESS_TEXTS, "") == "Gaioz Nigalidze"
    singer = "(CNN)Kayahan, one of Turkey's best-loved singers and songwriters, died of cancer Friday."
    assert lead_name(singer, [singer, "Fans mourned Kayahan."], "") == "Kayahan"
    reporter = "But Britt McHenry, a sports reporter for ESPN, has been suspended by ESPN."
    assert lead_name(reporter, [reporter, "McHenry apologised."], "") == "Britt McHenry"


def test_the_person_the_lead_opens_on_replaces_a_thing() -> None:
    assert lead_person_over_thing(CHESS, CHESS_TEXTS, "Dubai Open Chess Tournament") == "Gaioz Nigalidze"


@pytest.mark.parametrize(
    ("first", "chosen"),
    [
        # a person's name stays: whom the lead's subject presents a trophy is weighed elsewhere
        (CHESS, "Tigran Petrosian"),
        # a clause of its own opens the lead: the name before its verb is not the main subject
        (
            "After Gaioz Nigalidze, the current Georgian champion, was expelled, the tournament went on.",
            "Dubai Open Chess Tournament",
        ),
        # another person the lead names is named more: the article is about him
        (
            "A nervous Gaioz Nigalidze was back at the Dubai Open Chess Tournament to watch Tiger Woods play.",
            "Dubai Open Chess Tournament",
        ),
    ],
)
def test_the_title_stays(first: str, chosen: str) -> None:
    texts = [first, *CHESS_TEXTS[1:], "Woods won. Woods smiled. Woods left. Woods and Tigran Petrosian spoke."]
    assert lead_person_over_thing(first, texts, chosen) == ""


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        # was "Dubai Open Chess Tournament"
        ("Gaioz Nigalidze, the current Georgian champion", "Gaioz Nigalidze's Expulsion"),
        ("(CNN)Kayahan, one of Turkey's", "Kayahan's Death"),  # was "Eurovision Song Contest"
        ("Michelle Obama likes to keep a busy schedule", "Michelle Obama"),  # was "White House Kitchen Garden"
    ],
)
def test_the_readers_brief_is_titled_by_the_lead_person(opening: str, title: str) -> None:
    record = next(r for r in load_records("en-cnndm.jsonl") if r["article"].startswith(opening))
    brief = draft(document_from_text(record["article"], origin="x", kind="text"))
    assert brief.groups[0].title == f"Key points: {title}"
