"""English sentences syntok cut at their semicolons (text/en_semicolon_runs.py): a list of figures
or a clause and its other half is one sentence where it fits a bullet; a long list keeps its pieces."""

from __future__ import annotations

from citebrief.segment import sentence_spans
from citebrief.text.en_semicolon_runs import semicolon_runs


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


def test_a_list_of_figures_is_one_sentence() -> None:
    text = (
        "StatusPeople.com reports that 44 per cent of her followers are 'good'; 15 per cent are 'fake'; "
        "and 41 per cent are 'inactive,' meaning that they never tweet. Clinton has not commented."
    )
    assert _sentences(text) == [text[: text.index(" Clinton")], "Clinton has not commented."]


def test_a_clause_keeps_its_other_half() -> None:
    text = "Skin Laundry offers bulk-buy packages sold at a discount; Mr. Hatfield has a $360-per-month membership."
    assert _sentences(text) == [text]


def test_a_run_too_long_for_a_bullet_keeps_its_pieces() -> None:
    names = "; ".join(f"Mohamed Abdihamid Farah number {k}, {20 + k}" for k in range(8))
    text = f"Charged are {names}. They deny it."
    assert len(_sentences(text)) > 3


def test_spans_without_a_semicolon_are_left_alone() -> None:
    spans = [(0, 5), (6, 10)]
    assert semicolon_runs("Ab cd. Efg.", spans) is spans
