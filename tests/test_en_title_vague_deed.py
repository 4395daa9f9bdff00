"""A turn of phrase ("Little Doubt", "Serious Business": `data/en_idiom_titles.tsv`) is a vague
English group title, and a vague title that stands for a deed ("took the unusual step of revealing
his team line-up") gives way to what the deed is done to (`en_title_vague._deed_of`). Short texts
written for the rules."""

from __future__ import annotations

from citebrief.text.data_files import data_lines
from citebrief.text.en_title_vague import plain_title, vague_title

LINE_UP = [
    "The coach took the unusual step of revealing his team line-up two days before the derby.",
    '"It is strange to give the other side your team," the pundit said.',
    "No manager he played under would give away his team like that.",
]


def test_idiom_table_rows_are_lower_case_phrases() -> None:
    rows = data_lines("en_idiom_titles.tsv")
    assert rows and all(r == r.lower() and len(r.split()) > 1 for r in rows)


def test_idioms_are_vague_titles() -> None:
    for title in ("Little Doubt", "Reasonable Doubt", "Serious Business"):
        assert vague_title(title, ["The poll left little doubt about the result."]), title
    assert not vague_title("Doubt Over Funding", [])
    assert not vague_title("Business Rates", [])


def test_a_vague_step_gives_way_to_what_its_deed_is_done_to() -> None:
    used = {"unusual step", "derby"}
    assert plain_title(LINE_UP, LINE_UP, LINE_UP, used, "Unusual Step") == "Team Line-up"


def test_a_deed_on_a_person_by_kind_does_not_title() -> None:
    texts = ["She took the unusual step of sacking the staff on Monday.", "The union said it was shocked."]
    assert "staff" not in plain_title(texts, texts, texts, {"unusual step"}, "Unusual Step").lower()
