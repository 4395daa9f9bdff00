"""A bracket in a He's or She's place names no one the pronoun cannot be (`en_pronoun_speakers.name_sex`):
not a man's given name for a She, not a name inside a quotation, not whom the pronoun acts on."""

from __future__ import annotations

from dataclasses import replace

from citebrief.engines import en_pronoun_speakers
from citebrief.engines.en_pronoun_speakers import name_sex, sex_fits
from citebrief.engines.en_tail_speakers import named_tail_pronoun_en
from citebrief.engines.scored import Scored
from citebrief.engines.scoring import score
from citebrief.ingest import document_from_text
from citebrief.text.data_files import data_lines
from scored_builder import zh_scored


def _en_scored(sentences: list[str]) -> Scored:
    return replace(zh_scored([sentences]), lang="en")


def test_the_table_is_one_name_and_one_sex_a_row() -> None:
    rows = [line.split("\t") for line in data_lines("en_given_name_sex.tsv")]
    assert all(len(row) == 2 and row[1] in ("He", "She") and row[0].istitle() for row in rows)
    assert len({row[0] for row in rows}) == len(rows)


def test_a_name_says_its_sex_by_title_or_given_name() -> None:
    assert name_sex("Mrs Hale", []) == "She"
    assert name_sex("Dr Helen Hale", []) == "She"
    assert name_sex("Tom Hale", []) == "He"
    assert name_sex("Sam Hale", []) == ""  # a given name of either sex
    # a surname alone: the given name the article writes before it
    assert name_sex("Hale", ["Tom Hale was late."]) == "He"
    assert name_sex("Hale", ["Tom Hale and Mary Hale were late."]) == ""  # two Hales
    assert not sex_fits("Hale", "She", ["Tom Hale was late."])
    assert sex_fits("Hale", "She", ["The Hale family was late."])


def test_a_man_is_not_named_for_she() -> None:
    text = ["Tom Hale was fined on Monday.", "She said the fine was fair."]
    assert en_pronoun_speakers.named_pronoun_en(_en_scored(text), 1, text[1], []) is None
    her = ["Mary Hale was fined on Monday.", "She said the fine was fair."]
    assert en_pronoun_speakers.named_pronoun_en(_en_scored(her), 1, her[1], []) == (
        "[Mary Hale] said the fine was fair.",
        1,
    )
    # a surname alone, the article giving it a man's given name elsewhere
    alone = ["Tom Hale ran off.", "Hale was later caught by the police.", "She said the police were quick."]
    assert en_pronoun_speakers.named_pronoun_en(_en_scored(alone), 2, alone[2], []) is None


def test_a_name_inside_quoted_words_is_not_the_pronoun() -> None:
    quoted = ['"I am sure that Pat Hale was wronged."', "She said the case was hard."]
    assert en_pronoun_speakers.named_pronoun_en(_en_scored(quoted), 1, quoted[1], []) is None


def test_whom_the_pronoun_acts_on_is_not_the_pronoun() -> None:
    acted = [
        "As a boy, he never watched Pat Hale or the club play.",
        "He added: 'I want to learn the game.'",
    ]
    assert en_pronoun_speakers.named_pronoun_en(_en_scored(acted), 1, acted[1], []) is None


def test_a_surname_with_an_unknown_given_name_says_no_sex() -> None:
    # "Stan Freberg" beside "Donna Freberg" (en-cnndm 101): Stan is not in the table, so no sex is said
    assert name_sex("Hale", ["Stan Hale met Donna Hale."]) == ""
    assert name_sex("Hale", ["Mr Hale met Tom Hale."]) == "He"


def test_a_name_outside_quoted_words_beside_one_inside_is_unsure() -> None:
    # en-xsum 71: 'The release came after the Review Board determined "… (Mr Odah) …"' before "But he now faces …"
    text = ['The Review Board of Pat Hale found "that Mr Odah is no threat".', "He now faces a year in a camp."]
    assert en_pronoun_speakers.named_pronoun_en(_en_scored(text), 1, text[1], []) is None


def test_a_quotations_closing_she_is_not_named_for_a_man() -> None:
    def tail(lead: str) -> tuple[str, int] | None:
        document = document_from_text(f'{lead} "The fine is fair," she said.', origin="x", kind="text")
        scored = score(document, {})[0]
        return named_tail_pronoun_en(scored, 1, scored.units[1].text.strip(), [])

    assert tail("Councillor Mary Hale said the town would pay.") == ('"The fine is fair," [Mary Hale] said.', 1)
    assert tail("Councillor Tom Hale said the town would pay.") is None
