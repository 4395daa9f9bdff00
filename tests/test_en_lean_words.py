"""An English bullet leaning on a sentence the brief left out ("The same week, …", "Rode then
made …" opening its group, "… as he also spilled …", "This as Woods …") says its claim without
the leaning words."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.en_lean_words import without_lean_words
from citebrief.verify import SourceIndex, check_point
from conftest import load_records


@pytest.mark.parametrize(
    ("text", "heads_group", "expected"),
    [
        ("The same week, a woman in London was harassed.", False, "A woman in London was harassed."),
        ("That same day, police arrested two men in Leeds.", False, "Police arrested two men in Leeds."),
        ("The same week, it rained.", False, "The same week, it rained."),  # too little is left
        ("This as Woods showed flashes of his old magic.", False, "Woods showed flashes of his old magic."),
        ("Rode then made the most of Bayern's second chance.", True, "Rode made the most of Bayern's second chance."),
        ("Mr Docherty then repeated the threat.", False, "Mr Docherty then repeated the threat."),  # in its run
        ("Rode then the captain scored again.", True, "Rode then the captain scored again."),  # no verb after
        ("Asenjo had a bad night as he also spilled a cross.", False, "Asenjo had a bad night as he spilled a cross."),
        ("The survey also revealed a fall in pest control.", False, "The survey also revealed a fall in pest control."),
        ("This week in Denver a driver was arrested.", False, "This week in Denver a driver was arrested."),
    ],
)
def test_without_lean_words(text: str, heads_group: bool, expected: str) -> None:
    assert without_lean_words(text, heads_group) == expected


@pytest.mark.parametrize(
    ("index", "found", "opening"),
    [
        (176, "offered £20 credit from Uber", "A woman in London revealed"),  # "The same week," of the Boston charge
        (178, "curling his shot from the edge", "Rode made the most"),  # opens its group; Neuer's save is out
        (61, "spilled Sergio Garcia's cross", "Asenjo had a night to forget as he spilled"),  # the first goal is out
        (90, "showed flashes of his old magic", "Woods, competing after"),  # "This as"
    ],
)
def test_a_lean_with_nothing_before_it_in_the_brief(index: int, found: str, opening: str) -> None:
    """en-cnndm records as readers see them: the bullet drops the words leaning on a sentence no
    bullet before it says, and is still supported by its sentence."""
    record = load_records("en-cnndm.jsonl")[index]
    document = document_from_text(record["article"], origin="x", kind="text")
    points = [p for g in draft_extractive(document).groups for p in g.points]
    point = next(p for p in points if found in p.text)
    assert point.text.startswith(opening), point.text
    assert check_point(point, SourceIndex(document)).label == "supported"
